package eu.ecmr.accesspoint.efti;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Checks produced XML the way a gate would: against the shipped XSD, with the JDK's own validator. */
public final class EftiXml {

    public static final String COMMON_NS = "http://efti.eu/v1/consignment/common";
    public static final String IDENTIFIER_NS = "http://efti.eu/v1/consignment/identifier";
    private static final Schema COMMON = schema("/efti/xsd/consignment-common.xsd");
    private static final Schema IDENTIFIERS = schema("/efti/xsd/consignment-identifier.xsd");

    private EftiXml() {
    }

    /** Throws with the validator's message when {@code xml} is not a valid {@code consignment}. */
    public static void validCommon(byte[] xml) {
        validate(COMMON, xml);
    }

    public static void validIdentifiers(byte[] xml) {
        validate(IDENTIFIERS, xml);
    }

    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts of the elements at a path of local names below the root, such as "carrier/name". */
    public static List<String> texts(byte[] xml, String path) {
        List<String> texts = new ArrayList<>();
        collect(parse(xml).getDocumentElement(), path.split("/"), 0, texts);
        return texts;
    }

    public static boolean has(byte[] xml, String path) {
        List<Element> found = new ArrayList<>();
        find(parse(xml).getDocumentElement(), path.split("/"), 0, found);
        return !found.isEmpty();
    }

    private static void collect(Element element, String[] path, int depth, List<String> texts) {
        List<Element> found = new ArrayList<>();
        find(element, path, depth, found);
        found.forEach(e -> texts.add(e.getTextContent()));
    }

    private static void find(Element element, String[] path, int depth, List<Element> found) {
        if (depth == path.length) {
            found.add(element);
            return;
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && child.getLocalName().equals(path[depth])) {
                find(child, path, depth + 1, found);
            }
        }
    }

    private static void validate(Schema schema, byte[] xml) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid against the schema: " + e.getMessage() + "\n"
                    + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    private static Schema schema(String resource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            URL url = EftiXml.class.getResource(resource);
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
