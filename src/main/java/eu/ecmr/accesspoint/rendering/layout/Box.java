package eu.ecmr.accesspoint.rendering.layout;

import java.util.ArrayList;
import java.util.List;

/** Builds one numbered box of the form: its header, then its content lines. */
final class Box {

    static final String NONE = "\u2014";

    private final Wrapper wrapper;
    private final float width;
    private final List<Line> lines = new ArrayList<>();
    private int headerLines;
    private float minHeight;
    private boolean qrCode;

    private Box(Wrapper wrapper, float width) {
        this.wrapper = wrapper;
        this.width = width;
    }

    static Box of(Wrapper wrapper, float width) {
        return new Box(wrapper, width);
    }

    static Box numbered(Wrapper wrapper, float width, String number, String label) {
        Box box = new Box(wrapper, width);
        box.lines.addAll(wrapper.header(number, label, box.textWidth()));
        box.headerLines = box.lines.size();
        return box;
    }

    /** The text, or a dash when there is none: an empty box is shown as deliberately empty. */
    Box text(String text, Style style) {
        List<Line> wrapped = wrapper.wrap(text == null || text.isBlank() ? NONE : text, style, textWidth());
        lines.addAll(wrapped);
        return this;
    }

    Box optional(String text, Style style) {
        if (text != null && !text.isBlank()) {
            lines.addAll(wrapper.wrap(text, style, textWidth()));
        }
        return this;
    }

    Box labelled(String label, String value) {
        return labelled(label, 0, value);
    }

    /** A label and its value, values aligned {@code column} points in. */
    Box labelled(String label, float column, String value) {
        lines.addAll(wrapper.labelled(label, value == null || value.isBlank() ? NONE : value, textWidth(), column));
        return this;
    }

    Box hazard(String text) {
        lines.addAll(wrapper.hazard(text, textWidth()));
        return this;
    }

    Box rightAligned(String text, Style style) {
        wrapper.wrap(text == null || text.isBlank() ? "" : text, style, textWidth())
                .forEach(line -> lines.add(line.rightAligned()));
        return this;
    }

    /** Keeps the right of the box free for the QR code; call before adding text. */
    Box withQrCode(float height) {
        this.qrCode = true;
        this.minHeight = height;
        return this;
    }

    Cell cell() {
        return new Cell(width, lines, headerLines, minHeight, qrCode);
    }

    float textWidth() {
        return width - 2 * Sheet.PAD - (qrCode ? Sheet.QR_SIZE + Sheet.PAD : 0);
    }
}
