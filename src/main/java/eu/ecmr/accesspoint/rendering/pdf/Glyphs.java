package eu.ecmr.accesspoint.rendering.pdf;

import java.nio.ByteBuffer;
import java.util.BitSet;

/** Reads the glyf and loca tables (OpenType spec, "glyf" and "loca") to find which glyphs a glyph is built of. */
final class Glyphs {

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    private Glyphs() {
    }

    /** Glyph offsets into glyf, one more than there are glyphs; format 0 stores offset / 2 in 16 bits. */
    static int[] offsets(byte[] loca, short indexToLocFormat, int glyphCount) {
        ByteBuffer in = ByteBuffer.wrap(loca);
        int[] offsets = new int[glyphCount + 1];
        for (int i = 0; i <= glyphCount; i++) {
            offsets[i] = indexToLocFormat == 0 ? (in.getShort(2 * i) & 0xFFFF) * 2 : in.getInt(4 * i);
        }
        return offsets;
    }

    /** For each glyph, every glyph its outline refers to, directly or through other composites. */
    static int[][] components(byte[] glyf, int[] loca) {
        int count = loca.length - 1;
        int[][] components = new int[count][];
        for (int gid = 0; gid < count; gid++) {
            BitSet all = new BitSet();
            collect(glyf, loca, gid, all, 0);
            components[gid] = all.stream().toArray();
        }
        return components;
    }

    private static void collect(byte[] glyf, int[] loca, int gid, BitSet into, int depth) {
        int start = loca[gid];
        if (depth > 8 || loca[gid + 1] - start < 10 || ByteBuffer.wrap(glyf).getShort(start) >= 0) {
            return;
        }
        ByteBuffer in = ByteBuffer.wrap(glyf);
        int at = start + 10;
        int flags;
        do {
            flags = in.getShort(at) & 0xFFFF;
            int component = in.getShort(at + 2) & 0xFFFF;
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
            if (component < loca.length - 1 && !into.get(component)) {
                into.set(component);
                collect(glyf, loca, component, into, depth + 1);
            }
        } while ((flags & MORE_COMPONENTS) != 0);
    }
}
