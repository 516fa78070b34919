package eu.ecmr.accesspoint.rendering.layout;

import eu.ecmr.accesspoint.rendering.pdf.Rgb;

/** The few colours of the form. */
final class Colours {

    /** Dangerous goods: the red of ADR placards. */
    static final Rgb HAZARD = new Rgb(0.78f, 0.06f, 0.06f);
    static final Rgb MARKING = new Rgb(0.62f, 0.05f, 0.05f);
    static final Rgb RULE = Rgb.grey(0.25f);
    static final Rgb HEADER_FILL = Rgb.grey(0.91f);
    static final Rgb WATERMARK = Rgb.grey(0.93f);

    private Colours() {
    }
}
