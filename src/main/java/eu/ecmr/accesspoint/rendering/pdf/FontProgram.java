package eu.ecmr.accesspoint.rendering.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font cut down once, at start-up, to the scripts the copy supports and shared by all
 * threads. Each document then embeds only the glyphs it shows ({@link FontSubset}) under the same
 * glyph ids. The cut drops GSUB and GPOS: one glyph per character and no shaping, which spares the
 * per-page ligature work PDFBox does for a font with GSUB (about ten times the cost of a page).
 */
public final class FontProgram {

    /** Latin with diacritics, Greek, Cyrillic, general punctuation, currency signs (€) and letterlike symbols (№). */
    private static final int[][] SCRIPTS = {
            {0x0020, 0x007E}, {0x00A0, 0x024F}, {0x0300, 0x036F}, {0x0370, 0x03FF}, {0x0400, 0x052F},
            {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x214F}, {0x25C6, 0x25C6},
            {0xFFFD, 0xFFFD}};
    private static final List<String> CUT_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx",
            "cvt ", "fpgm", "prep", "name", "OS/2", "cmap", "post");
    /** Tables every document's font program carries unchanged (head, glyf and loca are made per document). */
    private static final List<String> SHARED_TABLES = List.of("hhea", "maxp", "hmtx", "cvt ", "fpgm", "prep",
            "name", "OS/2");

    final String postScriptName;
    final FontFile fontFile;
    final byte[] head;
    final byte[] glyf;
    final int[] loca;
    final int[][] components;
    final int[] widths;
    final FontMetrics metrics;
    private final char[] glyphOfChar = new char[0x10000];
    private final byte[] cut;

    private FontProgram(byte[] cut) throws IOException {
        this.cut = cut;
        SortedMap<String, byte[]> tables = Sfnt.tables(cut);
        SortedMap<String, byte[]> shared = new TreeMap<>();
        SHARED_TABLES.stream().filter(tables::containsKey).forEach(t -> shared.put(t, tables.get(t)));
        this.fontFile = new FontFile(shared);
        this.head = tables.get("head");
        int glyphCount = ByteBuffer.wrap(tables.get("maxp")).getShort(4) & 0xFFFF;
        this.glyf = tables.get("glyf");
        this.loca = Glyphs.offsets(tables.get("loca"), ByteBuffer.wrap(tables.get("head")).getShort(50), glyphCount);
        this.components = Glyphs.components(glyf, loca);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(cut))) {
            this.postScriptName = ttf.getName();
            this.metrics = FontMetrics.of(ttf);
            float scale = 1000f / ttf.getUnitsPerEm();
            this.widths = new int[glyphCount];
            for (int gid = 0; gid < glyphCount; gid++) {
                widths[gid] = Math.round(ttf.getHorizontalMetrics().getAdvanceWidth(gid) * scale);
            }
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int c : codePoints()) {
                if (printable(c)) {
                    glyphOfChar[c] = (char) cmap.getGlyphId(c);
                }
            }
        }
        if (glyphOfChar[Text.REPLACEMENT] == 0) {
            throw new IllegalStateException(postScriptName + " has no glyph for U+FFFD");
        }
    }

    /** Cuts the TrueType font at {@code resource} (on the class path) once; costs ~0.5 s, so done at start-up. */
    public static FontProgram load(String resource) {
        try (InputStream in = FontProgram.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + resource);
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                TTFSubsetter cutter = new TTFSubsetter(ttf, CUT_TABLES);
                cutter.addAll(codePoints());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                cutter.writeToStream(out);
                return new FontProgram(out.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }

    /** The glyph showing a BMP code point, 0 if this font does not show it. */
    public int glyph(int codePoint) {
        return codePoint < glyphOfChar.length ? glyphOfChar[codePoint] : 0;
    }

    /** Advance width of a glyph in thousandths of the font size, as written to /W. */
    public int width(int glyph) {
        return widths[glyph];
    }

    /** Width of printable text ({@link Text#printable}) at a font size, in points. */
    public float width(String text, float size) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += widths[glyph(text.charAt(i))];
        }
        return total * size / 1000f;
    }

    /**
     * The outlines of a text as path operators in thousandths of the font size, baseline at 0: text that
     * is drawn but not text, so that a watermark never mixes into what readers extract or search.
     */
    public String outline(String printable) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(cut))) {
            return Outlines.of(ttf, this, printable);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read glyph outlines of " + postScriptName, e);
        }
    }

    int glyphCount() {
        return widths.length;
    }

    private static Set<Integer> codePoints() {
        Set<Integer> all = new TreeSet<>();
        for (int[] range : SCRIPTS) {
            for (int c = range[0]; c <= range[1]; c++) {
                all.add(c);
            }
        }
        return all;
    }

    /** Invisible format and control characters (bidi overrides among them) are never shown as themselves. */
    private static boolean printable(int c) {
        int type = Character.getType(c);
        return type != Character.FORMAT && type != Character.CONTROL && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }
}
