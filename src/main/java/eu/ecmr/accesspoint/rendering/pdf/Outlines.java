package eu.ecmr.accesspoint.rendering.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;

/** Glyph outlines as PDF path operators (ISO 32000-1 s.8.5.2), quadratic curves raised to cubic. */
final class Outlines {

    private Outlines() {
    }

    static String of(TrueTypeFont ttf, FontProgram font, String printable) throws IOException {
        float scale = 1000f / ttf.getUnitsPerEm();
        StringBuilder out = new StringBuilder();
        float advance = 0;
        for (int i = 0; i < printable.length(); i++) {
            int gid = font.glyph(printable.charAt(i));
            GlyphData glyph = ttf.getGlyph().getGlyph(gid);
            if (glyph != null) {
                append(glyph.getPath(), advance, scale, out);
            }
            advance += font.width(gid);
        }
        return out.toString();
    }

    private static void append(GeneralPath path, float dx, float scale, StringBuilder out) {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    out.append(x(c[0], dx, scale)).append(' ').append(y(c[1], scale)).append(" m\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    out.append(x(c[0], dx, scale)).append(' ').append(y(c[1], scale)).append(" l\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic Bézier (control c0,c1; end c2,c3) as a cubic: controls 2/3 of the way to the quad's.
                    float x1 = lastX + 2f / 3 * (c[0] - lastX);
                    float y1 = lastY + 2f / 3 * (c[1] - lastY);
                    float x2 = c[2] + 2f / 3 * (c[0] - c[2]);
                    float y2 = c[3] + 2f / 3 * (c[1] - c[3]);
                    out.append(x(x1, dx, scale)).append(' ').append(y(y1, scale)).append(' ')
                            .append(x(x2, dx, scale)).append(' ').append(y(y2, scale)).append(' ')
                            .append(x(c[2], dx, scale)).append(' ').append(y(c[3], scale)).append(" c\n");
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.append(x(c[0], dx, scale)).append(' ').append(y(c[1], scale)).append(' ')
                            .append(x(c[2], dx, scale)).append(' ').append(y(c[3], scale)).append(' ')
                            .append(x(c[4], dx, scale)).append(' ').append(y(c[5], scale)).append(" c\n");
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> out.append("h\n");
            }
        }
    }

    private static long x(float value, float dx, float scale) {
        return Math.round(value * scale + dx);
    }

    private static long y(float value, float scale) {
        return Math.round(value * scale);
    }
}
