package se.ingang.workflows.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import se.ingang.platform.errors.InvalidInputException;

/**
 * Checks a decision table uploaded at run time by its XML alone, before any of it reaches the
 * process engine or is evaluated: one decision, a decision table of FEEL entries and nothing
 * else. Camunda would otherwise run an entry marked {@code expressionLanguage="juel"} (or
 * JavaScript, Groovy) with the server's rights while the table is merely being tried out, so
 * an administrator's upload could run commands on the server. The check is an allow-list: any
 * element or attribute not named here is refused, so a DMN feature added later is refused
 * until someone decides it is safe. The running engine refuses other languages too
 * ({@link FeelOnlyDmn}); this check says why, in words, before anything is parsed.
 */
public final class DecisionTableCheck {

    /** The DMN model namespaces Camunda 7 reads (1.1, 1.2, 1.3). */
    static final Set<String> DMN_NAMESPACES = Set.of("http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "http://www.omg.org/spec/DMN/20180521/MODEL/", "https://www.omg.org/spec/DMN/20191111/MODEL/");

    /** Diagram geometry (what Camunda Modeler writes besides the table); never evaluated. */
    static final Set<String> DIAGRAM_NAMESPACES = Set.of("https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DMNDI/", "http://www.omg.org/spec/DMN/20180521/DC/",
            "http://www.omg.org/spec/DMN/20180521/DI/", "http://bpmn.io/schema/dmn/biodi/1.0",
            "http://bpmn.io/schema/dmn/biodi/2.0");

    static final String CAMUNDA_NAMESPACE = "http://camunda.org/schema/1.0/dmn";

    /** What a decision table is made of. No literal expressions, requirements, knowledge models, services or imports. */
    static final Set<String> ELEMENTS = Set.of("definitions", "decision", "decisionTable", "input", "inputExpression",
            "inputValues", "output", "outputValues", "defaultOutputEntry", "rule", "inputEntry", "outputEntry",
            "annotation", "annotationEntry", "text", "description", "extensionElements");

    /** Camunda's attributes that only name or label things. */
    static final Set<String> CAMUNDA_ATTRIBUTES = Set.of("historyTimeToLive", "versionTag", "inputVariable");

    /** The names FEEL goes by in Camunda 7 (DefaultDmnEngineConfiguration's constants); compared in lower case. */
    static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
            "https://www.omg.org/spec/feel/20140401", "http://www.omg.org/spec/dmn/20180521/feel/",
            "https://www.omg.org/spec/dmn/20191111/feel/", "https://www.omg.org/spec/dmn/20211108/feel/",
            "https://www.omg.org/spec/dmn/20230324/feel/");

    /** FEEL's way to call Java ("function(x) external { java: … }"); Camunda disables it, and a table has no use for it. */
    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\b", Pattern.CASE_INSENSITIVE);

    private DecisionTableCheck() {
    }

    /**
     * Refuses (InvalidInputException on {@code field}) anything but one decision {@code decisionKey}
     * holding a decision table whose every expression is FEEL.
     */
    public static void check(byte[] xml, String decisionKey, String field) {
        Element root = parse(xml, field).getDocumentElement();
        if (!"definitions".equals(root.getLocalName()) || !DMN_NAMESPACES.contains(root.getNamespaceURI())) {
            throw new InvalidInputException(field, "not a DMN 1.3 file Camunda can read: the root must be DMN's <definitions>");
        }
        var decisions = new int[1];
        walk(root, field, decisions);
        if (decisions[0] != 1) {
            throw new InvalidInputException(field, "the file must hold exactly one decision, '" + decisionKey + "', not "
                    + decisions[0]);
        }
    }

    private static org.w3c.dom.Document parse(byte[] xml, String field) {
        try {
            return parser().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            // No DOCTYPE is the usual reason besides broken XML; the parser's words say which.
            throw new InvalidInputException(field, "not a DMN 1.3 file Camunda can read: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No DOCTYPE, hence no entities (XXE) and no fetching of anything while parsing. */
    private static DocumentBuilderFactory parser() throws ParserConfigurationException {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static void walk(Element element, String field, int[] decisions) {
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName();
        if (namespace != null && DIAGRAM_NAMESPACES.contains(namespace)) {
            return;
        }
        if (namespace == null || !DMN_NAMESPACES.contains(namespace) || !ELEMENTS.contains(name)) {
            throw new InvalidInputException(field, "<" + element.getTagName() + "> is not allowed: a routing or policy table"
                    + " holds one decision table of FEEL entries and nothing else");
        }
        if ("decision".equals(name)) {
            decisions[0]++;
        }
        checkAttributes(element, field);
        if ("text".equals(name) && EXTERNAL_FUNCTION.matcher(element.getTextContent()).find()) {
            throw new InvalidInputException(field, "external functions are not allowed in a decision table (in '"
                    + shortened(element.getTextContent()) + "')");
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, field, decisions);
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                throw new InvalidInputException(field, "processing instructions are not allowed");
            }
        }
    }

    private static void checkAttributes(Element element, String field) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            String name = attribute.getLocalName();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
                continue;
            }
            if (CAMUNDA_NAMESPACE.equals(namespace) && !CAMUNDA_ATTRIBUTES.contains(name)) {
                throw new InvalidInputException(field, "the attribute camunda:" + name + " is not allowed on <"
                        + element.getLocalName() + ">");
            }
            if (("expressionLanguage".equals(name) || "typeLanguage".equals(name)) && namespace == null
                    && !FEEL.contains(attribute.getValue().trim().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException(field, "only FEEL is allowed in a decision table, not '" + shortened(attribute.getValue())
                        + "' (" + name + " on <" + element.getLocalName() + ">)");
            }
        }
    }

    private static String shortened(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= 80 ? trimmed : trimmed.substring(0, 79) + "…";
    }
}
