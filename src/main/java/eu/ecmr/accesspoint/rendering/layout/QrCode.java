package eu.ecmr.accesspoint.rendering.layout;

import eu.ecmr.accesspoint.rendering.pdf.ContentWriter;
import eu.ecmr.accesspoint.rendering.pdf.Rgb;

/**
 * A QR code (ISO/IEC 18004) drawn as vector squares, not an image: sharp at any zoom and a few hundred
 * bytes. Error correction M (15 %) survives a crease or a smudge on a printed copy.
 */
final class QrCode {

    /** ISO/IEC 18004 s.7.3.7: four modules of light margin around the symbol. */
    static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** Draws the code for {@code text} filling a square of {@code size} points, quiet zone included. */
    static void draw(ContentWriter out, String text, float x, float y, float size) {
        QrSymbol symbol = QrSymbol.of(text);
        int modules = symbol.width();
        float module = size / (modules + 2 * QUIET_ZONE);
        out.fill(Rgb.WHITE).rectangle(x, y, size, size).fillPath().fill(Rgb.BLACK);
        // In module units, with the symbol's top left at the origin and y downwards: whole numbers only.
        out.save().transform(module, 0, 0, -module, x + QUIET_ZONE * module, y + size - QUIET_ZONE * module);
        for (int row = 0; row < modules; row++) {
            int column = 0;
            while (column < modules) {
                if (!symbol.dark(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && symbol.dark(column, row)) {
                    column++;
                }
                // One rectangle per run of dark modules keeps the content stream small.
                out.rectangle(start, row, column - start, 1);
            }
        }
        out.fillPath().restore();
    }
}
