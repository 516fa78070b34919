package eu.ecmr.accesspoint.rendering.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Writes a page's content stream (ISO 32000-1 s.8, s.9.4): paths, colours and text. Text is written as
 * glyph ids in hex strings ({@link FontSubset}), never as literal strings, so content cannot break out.
 */
public final class ContentWriter {

    private final StringBuilder out = new StringBuilder(16_384);

    public ContentWriter fill(Rgb colour) {
        number(colour.red()).number(colour.green()).number(colour.blue());
        out.append("rg\n");
        return this;
    }

    public ContentWriter stroke(Rgb colour) {
        number(colour.red()).number(colour.green()).number(colour.blue());
        out.append("RG\n");
        return this;
    }

    public ContentWriter lineWidth(float width) {
        number(width);
        out.append("w\n");
        return this;
    }

    public ContentWriter rectangle(float x, float y, float width, float height) {
        number(x).number(y).number(width).number(height);
        out.append("re\n");
        return this;
    }

    /** Integer rectangle, for shapes drawn in their own units under {@link #transform}. */
    public ContentWriter rectangle(int x, int y, int width, int height) {
        out.append(x).append(' ').append(y).append(' ').append(width).append(' ').append(height).append(" re\n");
        return this;
    }

    public ContentWriter save() {
        out.append("q\n");
        return this;
    }

    public ContentWriter restore() {
        out.append("Q\n");
        return this;
    }

    /** Concatenates a matrix to the current transformation (ISO 32000-1 s.8.3.4). */
    public ContentWriter transform(float a, float b, float c, float d, float e, float f) {
        number(a).number(b).number(c).number(d).number(e).number(f);
        out.append("cm\n");
        return this;
    }

    public ContentWriter moveTo(float x, float y) {
        number(x).number(y);
        out.append("m\n");
        return this;
    }

    public ContentWriter lineTo(float x, float y) {
        number(x).number(y);
        out.append("l\n");
        return this;
    }

    public ContentWriter fillPath() {
        out.append("f\n");
        return this;
    }

    public ContentWriter strokePath() {
        out.append("S\n");
        return this;
    }

    /** One line of printable text with its baseline starting at (x, y). */
    public ContentWriter text(FontSubset font, String resource, float size, float x, float y, String printable) {
        out.append("BT /").append(resource).append(' ');
        number(size);
        out.append("Tf ");
        number(x).number(y);
        out.append("Td ");
        font.appendHex(printable, out);
        out.append(" Tj ET\n");
        return this;
    }

    /**
     * Fills a path given in thousandths of {@code size} (see {@link FontProgram#outline}), placed at
     * (x, y) and turned by {@code degrees}.
     */
    public ContentWriter fillOutline(String pathOperators, float size, float x, float y, double degrees) {
        double radians = Math.toRadians(degrees);
        float scale = size / 1000f;
        float cos = (float) Math.cos(radians) * scale;
        float sin = (float) Math.sin(radians) * scale;
        out.append("q\n");
        number(cos).number(sin).number(-sin).number(cos).number(x).number(y);
        out.append("cm\n").append(pathOperators).append("f\nQ\n");
        return this;
    }

    public byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A number with at most three decimals and no exponent or locale (ISO 32000-1 s.7.3.3), then a space. */
    private ContentWriter number(float value) {
        long thousandths = Math.round(value * 1000.0);
        if (thousandths < 0) {
            out.append('-');
            thousandths = -thousandths;
        }
        out.append(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            out.append('.');
            if (fraction < 100) {
                out.append('0');
            }
            if (fraction < 10) {
                out.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            out.append(fraction);
        }
        out.append(' ');
        return this;
    }
}
