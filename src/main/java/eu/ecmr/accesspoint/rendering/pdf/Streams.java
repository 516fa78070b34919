package eu.ecmr.accesspoint.rendering.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Stream objects of a document being built in memory. */
public final class Streams {

    /**
     * Deflate level for what is compressed per document. Level 1 costs about half of zlib's default 6
     * (0.6 against 1.5 ms for a 43 KB page) for about 25 % more bytes; what never changes is compressed
     * once, at level 9 ({@link #deflate(byte[], int)}).
     */
    static final int PER_DOCUMENT_LEVEL = Deflater.BEST_SPEED;

    private Streams() {
    }

    /** A stream holding {@code data}, Flate-compressed. */
    public static COSStream flate(PDDocument document, byte[] data) {
        return compressed(document, deflate(data, PER_DOCUMENT_LEVEL));
    }

    /** A stream whose data is already zlib-compressed (RFC 1950), written as it is. */
    public static COSStream compressed(PDDocument document, byte[] zlib) {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(zlib);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an in-memory stream", e);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    /** A stream holding {@code data} as it is: for XMP metadata, which PDF/A wants readable without a filter. */
    public static COSStream plain(PDDocument document, byte[] data) {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an in-memory stream", e);
        }
        return stream;
    }

    /** {@code data} in zlib format (RFC 1950), as FlateDecode expects. */
    static byte[] deflate(byte[] data, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[Math.max(1024, data.length / 2)];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
