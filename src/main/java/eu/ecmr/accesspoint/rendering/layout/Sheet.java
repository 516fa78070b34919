package eu.ecmr.accesspoint.rendering.layout;

/** A4 portrait (ISO 216: 210 x 297 mm) in points, and the form's margins. */
final class Sheet {

    static final float WIDTH = 595.28f;
    static final float HEIGHT = 841.89f;
    static final float MARGIN = 28f;
    static final float CONTENT_WIDTH = WIDTH - 2 * MARGIN;
    static final float HALF = CONTENT_WIDTH / 2;
    static final float PAD = 3f;
    static final float BAND = 14f;
    static final float FOOTER = 12f;
    /** Where the boxes start and end on every page. */
    static final float TOP = HEIGHT - MARGIN - BAND - 4f;
    static final float BOTTOM = MARGIN + FOOTER + 4f;
    static final float QR_SIZE = 78f;

    private Sheet() {
    }
}
