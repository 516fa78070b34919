package eu.ecmr.accesspoint.rendering.pdf;

/** A DeviceRGB colour, components 0 to 1; PDF/A allows it because the document has an sRGB output intent. */
public record Rgb(float red, float green, float blue) {

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(1, 1, 1);

    public static Rgb grey(float level) {
        return new Rgb(level, level, level);
    }
}
