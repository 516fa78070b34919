package eu.ecmr.accesspoint.efti.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What the Access Point needs of an e-FTI schema, read from the shipped XSD itself: the root
 * element, each complex type's child elements in their sequence order, and the subsets (EU01,
 * EU02, ..., national ones) each child element declaration is annotated with
 * ({@code xsd:appinfo/efti/subset/@id}). No list of subsets is written by hand anywhere else.
 */
public final class DataSetSchema {

    static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /** One child element declaration of a complex type. {@code type} is null for a leaf. */
    public record Child(String name, String type, Set<String> subsets) {

        boolean isComplex() {
            return type != null;
        }
    }

    private final String namespace;
    private final String rootName;
    private final String rootType;
    private final Map<String, List<Child>> types;
    private final Set<String> subsets;

    private DataSetSchema(String namespace, String rootName, String rootType, Map<String, List<Child>> types) {
        this.namespace = namespace;
        this.rootName = rootName;
        this.rootType = rootType;
        this.types = Map.copyOf(types);
        Set<String> all = new TreeSet<>();
        types.values().forEach(children -> children.forEach(c -> all.addAll(c.subsets())));
        this.subsets = Set.copyOf(all);
    }

    /** The common data set, {@code consignment-common.xsd}. */
    public static DataSetSchema common() {
        return load("/efti/xsd/consignment-common.xsd");
    }

    /** The identifiers a platform registers with a gate, {@code consignment-identifier.xsd}. */
    public static DataSetSchema identifiers() {
        return load("/efti/xsd/consignment-identifier.xsd");
    }

    static DataSetSchema load(String resource) {
        Element schema = parse(resource).getDocumentElement();
        String namespace = schema.getAttribute("targetNamespace");
        Map<String, List<Child>> types = new HashMap<>();
        String rootName = null;
        String rootType = null;
        for (Element top : children(schema)) {
            if ("element".equals(top.getLocalName())) {
                rootName = top.getAttribute("name");
                rootType = localTypeIn(top, namespace);
            } else if ("complexType".equals(top.getLocalName())) {
                types.put(top.getAttribute("name"), sequenceOf(top, namespace));
            }
        }
        if (rootName == null || !types.containsKey(rootType)) {
            throw new IllegalStateException(resource + " declares no root element of a complex type");
        }
        // A child whose type is declared in the schema's own namespace is a complex child.
        Map<String, List<Child>> resolved = new HashMap<>();
        types.forEach((name, children) -> resolved.put(name, children.stream()
                .map(c -> c.type() != null && types.containsKey(c.type()) ? c
                        : new Child(c.name(), null, c.subsets()))
                .toList()));
        return new DataSetSchema(namespace, rootName, rootType, resolved);
    }

    public String namespace() {
        return namespace;
    }

    public String rootName() {
        return rootName;
    }

    public String rootType() {
        return rootType;
    }

    /** Every subset id any element of the schema is annotated with. */
    public Set<String> subsets() {
        return subsets;
    }

    /** The children of a complex type, in sequence order. */
    public List<Child> childrenOf(String type) {
        List<Child> children = types.get(type);
        if (children == null) {
            throw new IllegalArgumentException("no complex type " + type + " in the schema");
        }
        return children;
    }

    public Optional<Child> child(String type, String name) {
        return childrenOf(type).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static List<Child> sequenceOf(Element complexType, String namespace) {
        List<Child> children = new ArrayList<>();
        for (Element part : children(complexType)) {
            if ("sequence".equals(part.getLocalName())) {
                for (Element element : children(part)) {
                    if ("element".equals(element.getLocalName())) {
                        children.add(new Child(element.getAttribute("name"), localTypeIn(element, namespace),
                                subsetsOf(element)));
                    }
                }
            }
        }
        return children;
    }

    private static Set<String> subsetsOf(Element element) {
        Set<String> ids = new LinkedHashSet<>();
        var nodes = element.getElementsByTagNameNS("*", "subset");
        for (int i = 0; i < nodes.getLength(); i++) {
            String id = ((Element) nodes.item(i)).getAttribute("id");
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return Set.copyOf(ids);
    }

    /** The local name of an element's type when it is in {@code namespace}, else its qualified name. */
    private static String localTypeIn(Element element, String namespace) {
        String type = element.getAttribute("type");
        int colon = type.indexOf(':');
        String prefix = colon < 0 ? null : type.substring(0, colon);
        String local = type.substring(colon + 1);
        return namespace.equals(element.lookupNamespaceURI(prefix)) ? local : type;
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XSD.equals(e.getNamespaceURI())) {
                elements.add(e);
            }
        }
        return elements;
    }

    static Document parse(String resource) {
        try (InputStream in = DataSetSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read schema " + resource, e);
        }
    }
}
