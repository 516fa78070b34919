package eu.ecmr.accesspoint.handheld;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;

/**
 * A camera pointed at a printed PDF copy, for Chromium's {@code --use-file-for-fake-video-capture}:
 * the QR code of a page image (rendered by poppler's pdftoppm from the Access Point's real PDF),
 * framed on white as a phone would hold it, written as a YUV4MPEG2 (Y4M) video.
 */
final class FakeCamera {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int QR_SIZE = 400;
    private static final int FRAMES = 10;

    private FakeCamera() {
    }

    /** The QR code found on {@code page}, cut out with its quiet zone and centred in a camera frame. */
    static BufferedImage frameAround(Path page) throws IOException, NotFoundException {
        BufferedImage image = ImageIO.read(page.toFile());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        Result qr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))), Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, true));
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = 0, maxY = 0;
        for (ResultPoint p : qr.getResultPoints()) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        // The finder patterns' centres sit 3.5 modules inside the symbol; keep the symbol and its quiet zone.
        float side = Math.max(maxX - minX, maxY - minY);
        float margin = side * 0.35f;
        int x = Math.max(0, Math.round(minX - margin));
        int y = Math.max(0, Math.round(minY - margin));
        int size = Math.round(side + 2 * margin);
        size = Math.min(size, Math.min(image.getWidth() - x, image.getHeight() - y));
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image.getSubimage(x, y, size, size), (WIDTH - QR_SIZE) / 2, (HEIGHT - QR_SIZE) / 2, QR_SIZE, QR_SIZE,
                null);
        g.dispose();
        return frame;
    }

    /** YUV4MPEG2, 4:2:0 planes (BT.601 full range, as C420jpeg says), the same frame repeated. */
    static Path writeY4m(BufferedImage frame, Path file) throws IOException {
        int w = frame.getWidth(), h = frame.getHeight();
        byte[] luma = new byte[w * h];
        byte[] cb = new byte[(w / 2) * (h / 2)];
        byte[] cr = new byte[(w / 2) * (h / 2)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = frame.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, gr = (rgb >> 8) & 0xff, b = rgb & 0xff;
                luma[y * w + x] = (byte) clamp(0.299 * r + 0.587 * gr + 0.114 * b);
                if (x % 2 == 0 && y % 2 == 0) {
                    int i = (y / 2) * (w / 2) + x / 2;
                    cb[i] = (byte) clamp(128 - 0.168736 * r - 0.331264 * gr + 0.5 * b);
                    cr[i] = (byte) clamp(128 + 0.5 * r - 0.418688 * gr - 0.081312 * b);
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + w + " H" + h + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FRAMES; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(cb);
                out.write(cr);
            }
        }
        return file;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
