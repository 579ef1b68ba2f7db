package se.ingang.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test WAR every IT deploys: the test classes plus the test libraries, and a module
 * dependency on the already deployed ingang.ear, so tests share its classes and beans.
 */
public final class ItDeployment {

    private static final String DEPENDS_ON_APPLICATION = """
            <jboss-deployment-structure>
              <deployment>
                <dependencies>
                  <module name="deployment.ingang.ear"/>
                  <module name="deployment.ingang.ear.ingang-ejb.jar"/>
                  <module name="deployment.ingang.ear.ingang-workflows.jar"/>
                  <module name="org.eclipse.angus.mail"/>
                </dependencies>
              </deployment>
            </jboss-deployment-structure>
            """;

    private ItDeployment() {
    }

    public static WebArchive of(Class<?> testClass) {
        return ShrinkWrap.create(WebArchive.class, testClass.getSimpleName() + ".war")
                .addPackage(ItDeployment.class.getPackage())
                .addAsLibraries(jarOf(Assertions.class), jarOf(Awaitility.class), jarOf(Matcher.class))
                .addAsWebInfResource(new StringAsset(DEPENDS_ON_APPLICATION), "jboss-deployment-structure.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
