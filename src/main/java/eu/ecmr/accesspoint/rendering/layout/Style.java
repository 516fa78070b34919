package eu.ecmr.accesspoint.rendering.layout;

import eu.ecmr.accesspoint.rendering.pdf.Rgb;

/** The type styles of the form: size and leading in points. */
public enum Style {
    NUMBER(true, 6.5f, 8f, Rgb.BLACK),
    LABEL(false, 6f, 8f, Rgb.grey(0.33f)),
    VALUE(false, 8f, 10f, Rgb.BLACK),
    STRONG(true, 8f, 10f, Rgb.BLACK),
    SMALL(false, 6.5f, 8.2f, Rgb.grey(0.2f)),
    HAZARD(true, 8f, 10f, Colours.HAZARD),
    TITLE(true, 10.5f, 13f, Rgb.BLACK),
    BIG(true, 14f, 17f, Rgb.BLACK),
    MARKING(true, 7.5f, 9f, Colours.MARKING);

    final boolean bold;
    final float size;
    final float leading;
    final Rgb colour;

    Style(boolean bold, float size, float leading, Rgb colour) {
        this.bold = bold;
        this.size = size;
        this.leading = leading;
        this.colour = colour;
    }
}
