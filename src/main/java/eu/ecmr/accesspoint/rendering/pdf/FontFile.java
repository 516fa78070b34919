package eu.ecmr.accesspoint.rendering.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Writes a document's font program, zlib-compressed for /FontFile2, at the cost of what changes only.
 * The tables every document shares (metrics, hinting programs, names) are laid out and compressed once;
 * per document only the directory, head, loca and glyf are compressed, and the three raw deflate
 * segments are joined: a full flush ends a segment on a byte boundary with no history carried over,
 * so the next may come from another compressor (RFC 1951 s.3.2.3-4). Thread-safe.
 */
final class FontFile {

    private static final int HEAD_CHECKSUM_ADJUSTMENT = 8;

    private final SortedMap<String, byte[]> shared;
    private final Map<String, Long> sharedChecksums = new LinkedHashMap<>();
    private final byte[] sharedData;
    private final byte[] sharedDeflated;

    /** @param shared the tables every document carries unchanged; head, loca and glyf are per document */
    FontFile(SortedMap<String, byte[]> shared) {
        this.shared = new TreeMap<>(shared);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        this.shared.forEach((tag, table) -> {
            sharedChecksums.put(tag, Sfnt.checksum(table));
            data.writeBytes(table);
            data.writeBytes(new byte[Sfnt.padded(table.length) - table.length]);
        });
        this.sharedData = data.toByteArray();
        this.sharedDeflated = rawDeflate(sharedData, Deflater.BEST_COMPRESSION, Deflater.FULL_FLUSH);
    }

    /** The zlib stream (RFC 1950) of the whole TrueType file, and the file's length for /Length1. */
    Compressed write(byte[] head, byte[] loca, byte[] glyf) {
        Map<String, byte[]> own = new TreeMap<>(Map.of("head", head, "loca", loca, "glyf", glyf));
        head[HEAD_CHECKSUM_ADJUSTMENT] = head[HEAD_CHECKSUM_ADJUSTMENT + 1] = 0;
        head[HEAD_CHECKSUM_ADJUSTMENT + 2] = head[HEAD_CHECKSUM_ADJUSTMENT + 3] = 0;
        SortedMap<String, long[]> entries = new TreeMap<>(); // tag -> checksum, offset, length
        int count = shared.size() + own.size();
        int offset = 12 + 16 * count;
        for (Map.Entry<String, byte[]> table : shared.entrySet()) {
            entries.put(table.getKey(), new long[] {sharedChecksums.get(table.getKey()), offset, table.getValue().length});
            offset += Sfnt.padded(table.getValue().length);
        }
        ByteArrayOutputStream tail = new ByteArrayOutputStream(head.length + loca.length + glyf.length + 12);
        for (Map.Entry<String, byte[]> table : own.entrySet()) {
            byte[] bytes = table.getValue();
            entries.put(table.getKey(), new long[] {Sfnt.checksum(bytes), offset, bytes.length});
            offset += Sfnt.padded(bytes.length);
        }
        byte[] directory = directory(entries);
        long total = Sfnt.checksum(directory);
        for (long[] entry : entries.values()) {
            total += entry[0];
        }
        ByteBuffer.wrap(head).putInt(HEAD_CHECKSUM_ADJUSTMENT, (int) (0xB1B0AFBAL - (total & 0xFFFFFFFFL)));
        for (byte[] bytes : own.values()) {
            tail.writeBytes(bytes);
            tail.writeBytes(new byte[Sfnt.padded(bytes.length) - bytes.length]);
        }
        byte[] ownData = tail.toByteArray();
        Adler32 adler = new Adler32();
        adler.update(directory);
        adler.update(sharedData);
        adler.update(ownData);
        ByteArrayOutputStream zlib = new ByteArrayOutputStream(sharedDeflated.length + ownData.length);
        zlib.write(0x78);
        zlib.write(0x9C);
        zlib.writeBytes(rawDeflate(directory, Streams.PER_DOCUMENT_LEVEL, Deflater.FULL_FLUSH));
        zlib.writeBytes(sharedDeflated);
        zlib.writeBytes(rawDeflate(ownData, Streams.PER_DOCUMENT_LEVEL, Deflater.NO_FLUSH));
        zlib.writeBytes(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());
        return new Compressed(zlib.toByteArray(), directory.length + sharedData.length + ownData.length);
    }

    private static byte[] directory(SortedMap<String, long[]> entries) {
        int count = entries.size();
        int log2 = 31 - Integer.numberOfLeadingZeros(count);
        ByteBuffer out = ByteBuffer.allocate(12 + 16 * count);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (16 << log2))
                .putShort((short) log2).putShort((short) (16 * count - (16 << log2)));
        entries.forEach((tag, entry) -> out.put(tag.getBytes(StandardCharsets.ISO_8859_1))
                .putInt((int) entry[0]).putInt((int) entry[1]).putInt((int) entry[2]));
        return out.array();
    }

    /** Raw deflate (no zlib wrapper): ended by a full flush to be continued, or NO_FLUSH to finish the stream. */
    private static byte[] rawDeflate(byte[] data, int level, int flush) {
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(data);
            if (flush == Deflater.NO_FLUSH) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[Math.max(1024, data.length / 2)];
            while (true) {
                int written = deflater.deflate(buffer, 0, buffer.length, flush);
                out.write(buffer, 0, written);
                if (flush == Deflater.NO_FLUSH ? deflater.finished() : written < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    record Compressed(byte[] zlib, int length) {
    }
}
