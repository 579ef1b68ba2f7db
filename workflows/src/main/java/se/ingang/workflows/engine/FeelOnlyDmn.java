package se.ingang.workflows.engine;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.spi.el.DmnScriptEngineResolver;
import org.camunda.bpm.dmn.engine.impl.spi.el.ElProvider;

/**
 * The DMN engine configuration every decision runs with: FEEL only. Camunda's default would
 * also evaluate JUEL (through the process engine's expression manager, which reaches any Java
 * method) and any JSR-223 script language in a table that asks for it. Our tables need
 * neither, so both are switched off: an entry in another language fails instead of running.
 * Uploaded tables are refused before that ({@link DecisionTableCheck}); this is the second wall,
 * and it also covers tables deployed any other way.
 */
public final class FeelOnlyDmn {

    private FeelOnlyDmn() {
    }

    /** A new configuration; the process engine keeps the el provider and script resolver set here (DmnEngineConfigurationBuilder). */
    public static DefaultDmnEngineConfiguration configuration() {
        var configuration = new DefaultDmnEngineConfiguration();
        configuration.setEnableFeelLegacyBehavior(false);
        configuration.setDefaultInputExpressionExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
        configuration.setDefaultInputEntryExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
        configuration.setDefaultOutputEntryExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
        configuration.setDefaultLiteralExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
        configuration.setElProvider(NO_EL);
        configuration.setScriptEngineResolver(NO_SCRIPTS);
        return configuration;
    }

    /** A stand-alone engine with this configuration, for trying out a table before it is deployed. */
    public static DmnEngine standaloneEngine() {
        return configuration().buildEngine();
    }

    private static final ElProvider NO_EL = expression -> {
        throw new IllegalArgumentException("decision tables may use FEEL only; JUEL is switched off");
    };

    /** No engine for any language: Camunda then refuses the entry ("no script engine found"). */
    private static final DmnScriptEngineResolver NO_SCRIPTS = language -> null;
}
