package eu.ecmr.accesspoint.rendering.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

/** The table directory and checksums of a TrueType file (OpenType spec, "Organization of an OpenType font"). */
final class Sfnt {

    private Sfnt() {
    }

    /** The tables of a TrueType file by tag. */
    static SortedMap<String, byte[]> tables(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4) & 0xFFFF;
        SortedMap<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] table = new byte[length];
            System.arraycopy(font, offset, table, 0, length);
            tables.put(tag, table);
        }
        return tables;
    }

    static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** The sum of the data as big-endian 32-bit words, the last one padded with zeros. */
    static long checksum(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        long sum = 0;
        int whole = data.length & ~3;
        for (int i = 0; i < whole; i += 4) {
            sum += in.getInt(i) & 0xFFFFFFFFL;
        }
        long last = 0;
        for (int i = whole; i < whole + 4; i++) {
            last = (last << 8) | (i < data.length ? data[i] & 0xFF : 0);
        }
        return (sum + (data.length > whole ? last : 0)) & 0xFFFFFFFFL;
    }
}
