package eu.ecmr.accesspoint.efti.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of a data set as the mapping builds it: name, attributes, text or children, in any
 * order. {@link DataSetWriter} puts the children into the schema's sequence order and filters them.
 */
public final class XmlElement {

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private String text;

    public XmlElement(String name) {
        this.name = name;
    }

    /** A new, empty child element. */
    public XmlElement add(String childName) {
        XmlElement child = new XmlElement(childName);
        children.add(child);
        return child;
    }

    /** A child holding {@code value}, unless the value is null or blank (absent in the e-CMR). */
    public XmlElement text(String childName, String value) {
        return text(childName, value, Map.of());
    }

    public XmlElement text(String childName, String value, Map<String, String> childAttributes) {
        if (value != null && !value.isBlank()) {
            XmlElement child = add(childName);
            child.text = value;
            child.attributes.putAll(childAttributes);
        }
        return this;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }
}
