package eu.ecmr.accesspoint.rendering.layout;

import java.util.List;

/**
 * One line inside a box: spans drawn left to right after {@code indent} points, or flush right.
 * A hazard line gets the dangerous-goods diamond in its indent.
 */
record Line(List<Span> spans, float indent, boolean alignRight, boolean hazard) {

    Line {
        spans = List.copyOf(spans);
    }

    static Line of(String printable, Style style) {
        return new Line(List.of(new Span(printable, style)), 0, false, false);
    }

    float height() {
        float height = 0;
        for (Span span : spans) {
            height = Math.max(height, span.style().leading);
        }
        return height;
    }

    float width(Fonts fonts) {
        float width = indent;
        for (Span span : spans) {
            width += span.width(fonts);
        }
        return width;
    }

    Line rightAligned() {
        return new Line(spans, indent, true, hazard);
    }
}
