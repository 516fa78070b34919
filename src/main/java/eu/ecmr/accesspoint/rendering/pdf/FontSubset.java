package eu.ecmr.accesspoint.rendering.pdf;

import java.util.Arrays;
import java.util.BitSet;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One document's use of a {@link FontProgram}: records the glyphs shown, then embeds a Type 0 font
 * (ISO 32000-1 s.9.7) with just those glyphs, CID = glyph id (Identity-H, CIDToGIDMap Identity),
 * their widths and a ToUnicode map so that the text can be searched and copied. Not thread-safe.
 */
public final class FontSubset {

    private final FontProgram program;
    private final BitSet used = new BitSet();
    private final int[] firstChar;
    private final COSDictionary font = new COSDictionary();

    public FontSubset(FontProgram program) {
        this.program = program;
        this.firstChar = new int[program.glyphCount()];
        used.set(0);
    }

    /** The Type 0 font dictionary, to reference from page resources; filled in by {@link #embed}. */
    public COSDictionary dictionary() {
        return font;
    }

    /**
     * Appends printable text as a hexadecimal string of glyph ids: a hex string holds nothing but hex
     * digits, so no submitted text can end the string or inject PDF syntax.
     */
    void appendHex(String printable, StringBuilder out) {
        out.append('<');
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            int gid = program.glyph(c);
            if (gid == 0) {
                c = Text.REPLACEMENT;
                gid = program.glyph(c);
            }
            if (!used.get(gid)) {
                used.set(gid);
                firstChar[gid] = c;
            }
            hex4(gid, out);
        }
        out.append('>');
    }

    /** Builds the font program of the used glyphs and the dictionaries around it. */
    public void embed(PDDocument document) {
        for (int gid = used.nextSetBit(0); gid >= 0; gid = used.nextSetBit(gid + 1)) {
            for (int component : program.components[gid]) {
                used.set(component);
            }
        }
        String name = tag() + "+" + program.postScriptName;
        FontFile.Compressed fontFile = fontFile();
        COSStream fontStream = Streams.compressed(document, fontFile.zlib());
        fontStream.setInt(COSName.LENGTH1, fontFile.length());

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor(name, fontStream));
        cidFont.setItem(COSName.W, widths());
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, name);
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, Streams.flate(document, ToUnicodeCMap.of(used, firstChar)));
    }

    /** The cut font with the outlines of unused glyphs left empty, so that glyph ids stay as they are. */
    private FontFile.Compressed fontFile() {
        int count = program.glyphCount();
        int size = 0;
        for (int gid = used.nextSetBit(0); gid >= 0; gid = used.nextSetBit(gid + 1)) {
            size += program.loca[gid + 1] - program.loca[gid];
        }
        byte[] glyf = new byte[size];
        byte[] loca = new byte[4 * (count + 1)];
        int at = 0;
        for (int gid = 0; gid <= count; gid++) {
            putInt(loca, 4 * gid, at);
            if (gid < count && used.get(gid)) {
                int length = program.loca[gid + 1] - program.loca[gid];
                System.arraycopy(program.glyf, program.loca[gid], glyf, at, length);
                at += length;
            }
        }
        byte[] head = program.head.clone();
        head[50] = 0; // indexToLocFormat 1: long offsets
        head[51] = 1;
        return program.fontFile.write(head, loca, glyf);
    }

    private COSDictionary descriptor(String name, COSStream fontFile) {
        FontMetrics m = program.metrics;
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        descriptor.setInt(COSName.FLAGS, m.flags());
        COSArray bbox = new COSArray();
        for (float v : m.bbox()) {
            bbox.add(COSInteger.get(Math.round(v)));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setItem(COSName.ITALIC_ANGLE, COSInteger.ZERO);
        descriptor.setInt(COSName.ASCENT, m.ascent());
        descriptor.setInt(COSName.DESCENT, m.descent());
        descriptor.setInt(COSName.CAP_HEIGHT, m.capHeight());
        descriptor.setInt(COSName.STEM_V, m.stemV());
        descriptor.setItem(COSName.FONT_FILE2, fontFile);
        return descriptor;
    }

    /** /W as runs of consecutive glyph ids: c [w1 w2 ...] (ISO 32000-1 s.9.7.4.3). */
    private COSArray widths() {
        COSArray w = new COSArray();
        int gid = used.nextSetBit(0);
        while (gid >= 0) {
            COSArray run = new COSArray();
            w.add(COSInteger.get(gid));
            int next = gid;
            while (next >= 0 && next == gid + run.size()) {
                run.add(COSInteger.get(program.width(next)));
                next = used.nextSetBit(next + 1);
            }
            w.add(run);
            gid = next;
        }
        return w;
    }

    /** PDF subset tag (ISO 32000-1 s.9.6.4): six capitals, here derived from the glyph set so output is repeatable. */
    private String tag() {
        long hash = Arrays.hashCode(used.toLongArray()) & 0xFFFFFFFFL;
        char[] tag = new char[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + hash % 26);
            hash /= 26;
        }
        return new String(tag);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static void hex4(int value, StringBuilder out) {
        out.append(HEX[(value >> 12) & 0xF]).append(HEX[(value >> 8) & 0xF])
                .append(HEX[(value >> 4) & 0xF]).append(HEX[value & 0xF]);
    }
}
