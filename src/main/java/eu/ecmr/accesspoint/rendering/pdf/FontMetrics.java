package eu.ecmr.accesspoint.rendering.pdf;

import java.io.IOException;

import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/** What a PDF font descriptor states about a font (ISO 32000-1 s.9.8.1), in thousandths of an em. */
record FontMetrics(int flags, float[] bbox, int ascent, int descent, int capHeight, int stemV) {

    /** Font descriptor flag 6, Nonsymbolic: the glyphs are within the standard Latin character set and more. */
    private static final int NONSYMBOLIC = 1 << 5;

    static FontMetrics of(TrueTypeFont ttf) throws IOException {
        float scale = 1000f / ttf.getUnitsPerEm();
        HeaderTable head = ttf.getHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        int ascent = Math.round(ttf.getHorizontalHeader().getAscender() * scale);
        int capHeight = os2 != null && os2.getVersion() >= 2 ? Math.round(os2.getCapHeight() * scale) : ascent;
        // StemV is not in a TrueType font; this is the estimate PDFBox uses, from the weight class.
        int weight = os2 == null ? 400 : os2.getWeightClass();
        return new FontMetrics(NONSYMBOLIC,
                new float[] {head.getXMin() * scale, head.getYMin() * scale, head.getXMax() * scale, head.getYMax() * scale},
                ascent, Math.round(ttf.getHorizontalHeader().getDescender() * scale), capHeight,
                Math.round(50 + (weight / 65f) * (weight / 65f)));
    }
}
