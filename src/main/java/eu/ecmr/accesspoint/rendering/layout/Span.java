package eu.ecmr.accesspoint.rendering.layout;

/** A run of printable text in one style; a run with {@code advance} set takes that many points whatever its text. */
record Span(String text, Style style, float advance) {

    Span(String text, Style style) {
        this(text, style, -1);
    }

    float width(Fonts fonts) {
        return advance >= 0 ? advance : fonts.of(style).width(text, style.size);
    }
}
