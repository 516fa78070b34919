package eu.ecmr.accesspoint.rendering.layout;

import java.util.List;

/**
 * One box of the form or one cell of the goods table.
 *
 * @param headerLines how many leading lines are the box's number and label, repeated when it continues on a new page
 * @param minHeight   the least height of the box, in points
 * @param qrCode      whether the verification QR code is drawn at the box's right
 */
record Cell(float width, List<Line> lines, int headerLines, float minHeight, boolean qrCode) {

    Cell {
        lines = List.copyOf(lines);
    }

    float height(int from, int to, boolean repeatHeader) {
        float height = 2 * Sheet.PAD;
        if (repeatHeader) {
            for (int i = 0; i < headerLines; i++) {
                height += lines.get(i).height();
            }
        }
        for (int i = from; i < to; i++) {
            height += lines.get(i).height();
        }
        return height;
    }

    /** Whether a part starting at {@code from} must show the header again: it continues the box. */
    boolean repeatsHeader(int from) {
        return headerLines > 0 && from > 0 && from >= headerLines && from < lines.size();
    }
}
