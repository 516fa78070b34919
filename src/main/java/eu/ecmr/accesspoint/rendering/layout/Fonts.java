package eu.ecmr.accesspoint.rendering.layout;

import eu.ecmr.accesspoint.rendering.pdf.FontProgram;

/** The two faces of the form, cut once at start-up. */
public record Fonts(FontProgram regular, FontProgram bold) {

    /** DejaVu Sans and DejaVu Sans Bold from the class path: Latin, Greek and Cyrillic. */
    public static Fonts dejaVu() {
        return new Fonts(FontProgram.load("/fonts/DejaVuSans.ttf"), FontProgram.load("/fonts/DejaVuSans-Bold.ttf"));
    }

    FontProgram of(Style style) {
        return style.bold ? bold : regular;
    }
}
