package eu.ecmr.accesspoint.rendering.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/** The derived symbols are ZXing's own: same mask chosen, same modules, for every version and many texts. */
class QrSymbolTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF/:.-_?=&%éΩЖ";

    @Test
    void choosesTheMaskAndModulesZxingChooses() throws Exception {
        Random random = new Random(18004);
        Set<Integer> versions = new HashSet<>();
        Set<Integer> masks = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            String text = text(random, i < 50 ? "" : "https://ap.example/v/", 1 + random.nextInt(i < 500 ? 200 : 400));
            QRCode expected = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            QrSymbol symbol = QrSymbol.of(text);
            int width = expected.getMatrix().getWidth();
            assertEquals(width, symbol.width(), text);
            for (int y = 0; y < width; y++) {
                for (int x = 0; x < width; x++) {
                    assertEquals(expected.getMatrix().get(x, y) == 1, symbol.dark(x, y),
                            "module " + x + "," + y + " of version " + expected.getVersion() + " for " + text);
                }
            }
            versions.add(expected.getVersion().getVersionNumber());
            masks.add(expected.getMaskPattern());
        }
        assertTrue(versions.containsAll(Set.of(1, 2, 6, 7, 9, 10, 11, 12)), "versions covered: " + versions);
        assertEquals(QRCode.NUM_MASK_PATTERNS, masks.size(), "masks covered: " + masks);
    }

    private static String text(Random random, String prefix, int length) {
        StringBuilder text = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
