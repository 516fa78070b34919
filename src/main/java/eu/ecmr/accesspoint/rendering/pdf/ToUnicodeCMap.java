package eu.ecmr.accesspoint.rendering.pdf;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/** A ToUnicode CMap (ISO 32000-1 s.9.10.3) from glyph id to the character it was drawn for. */
final class ToUnicodeCMap {

    private static final int PER_BLOCK = 100;

    private ToUnicodeCMap() {
    }

    static byte[] of(BitSet glyphs, int[] charOfGlyph) {
        StringBuilder out = new StringBuilder(64 * glyphs.cardinality() + 400);
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int[] mapped = glyphs.stream().filter(gid -> charOfGlyph[gid] != 0).toArray();
        for (int from = 0; from < mapped.length; from += PER_BLOCK) {
            int to = Math.min(mapped.length, from + PER_BLOCK);
            out.append(to - from).append(" beginbfchar\n");
            for (int i = from; i < to; i++) {
                out.append('<');
                FontSubset.hex4(mapped[i], out);
                out.append("> <");
                FontSubset.hex4(charOfGlyph[mapped[i]], out);
                out.append(">\n");
            }
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
