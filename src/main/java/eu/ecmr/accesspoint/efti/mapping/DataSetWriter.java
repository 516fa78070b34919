package eu.ecmr.accesspoint.efti.mapping;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a mapped data set as XML of its schema: children in the schema's sequence order, and,
 * when subsets are asked for, only the elements annotated with one of them. An element kept for its
 * subsets is left out all the same when nothing inside it is kept, so that no empty shells are sent.
 */
public final class DataSetWriter {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final DataSetSchema schema;

    public DataSetWriter(DataSetSchema schema) {
        this.schema = schema;
    }

    /** The whole data set. */
    public byte[] write(XmlElement root) {
        return write(root, Optional.empty());
    }

    /** Only the elements of {@code subsets}, which must be known to the schema. */
    public byte[] write(XmlElement root, Set<String> subsets) {
        return write(root, Optional.of(subsets));
    }

    private byte[] write(XmlElement root, Optional<Set<String>> subsets) {
        if (!root.name().equals(schema.rootName())) {
            throw new IllegalArgumentException("the root must be " + schema.rootName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(schema.namespace());
            xml.writeStartElement(schema.namespace(), root.name());
            xml.writeDefaultNamespace(schema.namespace());
            writeChildren(xml, root, schema.rootType(), subsets);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the data set", e);
        }
        return out.toByteArray();
    }

    private void writeChildren(XMLStreamWriter xml, XmlElement parent, String type, Optional<Set<String>> subsets)
            throws XMLStreamException {
        for (XmlElement child : kept(parent, type, subsets)) {
            DataSetSchema.Child declaration = declaration(type, child);
            xml.writeStartElement(schema.namespace(), child.name());
            for (var attribute : child.attributes().entrySet()) {
                xml.writeAttribute(attribute.getKey(), attribute.getValue());
            }
            if (declaration.isComplex()) {
                writeChildren(xml, child, declaration.type(), subsets);
            } else {
                xml.writeCharacters(child.text());
            }
            xml.writeEndElement();
        }
    }

    /** The children to write, in sequence order (a stable sort keeps repeated elements in their order). */
    private List<XmlElement> kept(XmlElement parent, String type, Optional<Set<String>> subsets) {
        List<DataSetSchema.Child> order = schema.childrenOf(type);
        return parent.children().stream()
                .filter(child -> isKept(child, declaration(type, child), subsets))
                .sorted(Comparator.comparingInt(child -> order.indexOf(declaration(type, child))))
                .toList();
    }

    private boolean isKept(XmlElement element, DataSetSchema.Child declaration, Optional<Set<String>> subsets) {
        if (subsets.isPresent() && declaration.subsets().stream().noneMatch(subsets.get()::contains)) {
            return false;
        }
        return declaration.isComplex()
                ? !kept(element, declaration.type(), subsets).isEmpty()
                : element.text() != null;
    }

    private DataSetSchema.Child declaration(String type, XmlElement child) {
        return schema.child(type, child.name()).orElseThrow(() -> new IllegalStateException(
                "the schema has no element " + child.name() + " in " + type));
    }
}
