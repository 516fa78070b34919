package eu.ecmr.accesspoint.rendering.layout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * A QR code symbol (ISO/IEC 18004:2015) whose mask is chosen by the penalty scores of s.7.8.3, scored
 * on rows of bits. ZXing encodes the data once, with mask 0; the other seven symbols differ from it
 * only in the data modules (each mask is an XOR over them, s.7.8.2) and in the format information
 * (s.7.9), so they are derived, not encoded again. Scoring all eight this way costs a few
 * microseconds where eight full encodes cost about a millisecond, and gives ZXing's choice exactly.
 * Wider symbols (version 12 and up, far longer than a verification link) are left to ZXing entirely.
 */
final class QrSymbol {

    /** Each row lives in a {@code long}: up to version 11, 61 modules. */
    static final int MAX_WIDTH = 63;

    private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;
    private static final int N1 = 3;
    private static final int N2 = 3;
    private static final int N3 = 40;
    private static final int N4 = 10;
    /** s.7.8.3 table 11, feature 3: dark, light, dark x3, light, dark; the same read either way. */
    private static final long FINDER_LIKE = 0b1011101;
    private static final Map<Integer, long[][]> REMASKS = new ConcurrentHashMap<>();

    private final int width;
    private final long[] rows;
    private final ByteMatrix wide;

    private QrSymbol(int width, long[] rows, ByteMatrix wide) {
        this.width = width;
        this.rows = rows;
        this.wide = wide;
    }

    /** The symbol for {@code text} in UTF-8 at error correction level M. */
    static QrSymbol of(String text) {
        QRCode code = encode(text, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, 0));
        ByteMatrix masked0 = code.getMatrix();
        int width = masked0.getWidth();
        if (width > MAX_WIDTH) {
            return new QrSymbol(width, null, encode(text, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix());
        }
        long[] symbol0 = rows(masked0);
        long[][] remasks = REMASKS.computeIfAbsent(code.getVersion().getVersionNumber(), v -> remasks(code.getVersion()));
        long[] best = null;
        int lowest = Integer.MAX_VALUE;
        for (int mask = 0; mask < QRCode.NUM_MASK_PATTERNS; mask++) {
            long[] candidate = remasked(symbol0, remasks[mask], mask);
            int penalty = penalty(candidate, width);
            if (penalty < lowest) {
                lowest = penalty;
                best = candidate;
            }
        }
        return new QrSymbol(width, best, null);
    }

    int width() {
        return width;
    }

    boolean dark(int x, int y) {
        return rows == null ? wide.get(x, y) == 1 : (rows[y] >>> x & 1) != 0;
    }

    private static QRCode encode(String text, Map<EncodeHintType, Object> hints) {
        try {
            return Encoder.encode(text, LEVEL, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    private static long[] rows(ByteMatrix matrix) {
        int width = matrix.getWidth();
        long[] rows = new long[width];
        for (int y = 0; y < width; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y) == 1) {
                    rows[y] |= 1L << x;
                }
            }
        }
        return rows;
    }

    /** The symbol of mask 0 with its data modules re-masked and the format information of {@code mask}. */
    private static long[] remasked(long[] symbol0, long[] remask, int mask) {
        long[] rows = new long[symbol0.length];
        for (int y = 0; y < rows.length; y++) {
            rows[y] = symbol0[y] ^ remask[y];
        }
        placeFormatInformation(rows, mask);
        return rows;
    }

    /** For each mask, per row, the data modules where it and mask 0 differ: what turns the mask-0 symbol into its. */
    private static long[][] remasks(Version version) {
        long[] data = dataModules(version);
        int width = data.length;
        long[][] remasks = new long[QRCode.NUM_MASK_PATTERNS][width];
        for (int mask = 0; mask < remasks.length; mask++) {
            for (int y = 0; y < width; y++) {
                remasks[mask][y] = (maskRow(0, y, width) ^ maskRow(mask, y, width)) & data[y];
            }
        }
        return remasks;
    }

    /** s.7.8.2 table 10: where mask {@code mask} inverts a module of row {@code y} (i = row, j = column). */
    private static long maskRow(int mask, int y, int width) {
        long row = 0;
        for (int x = 0; x < width; x++) {
            boolean inverted = switch (mask) {
                case 0 -> (y + x) % 2 == 0;
                case 1 -> y % 2 == 0;
                case 2 -> x % 3 == 0;
                case 3 -> (y + x) % 3 == 0;
                case 4 -> (y / 2 + x / 3) % 2 == 0;
                case 5 -> y * x % 2 + y * x % 3 == 0;
                case 6 -> (y * x % 2 + y * x % 3) % 2 == 0;
                default -> ((y + x) % 2 + y * x % 3) % 2 == 0;
            };
            if (inverted) {
                row |= 1L << x;
            }
        }
        return row;
    }

    /**
     * s.7.9.1: the 5 bits of level and mask, a BCH(15,5) remainder, XORed with 101010000010010, placed
     * twice (figure 25): bit i along the top-left finder, and again under the top-right and beside the
     * bottom-left finder.
     */
    private static void placeFormatInformation(long[] rows, int mask) {
        int width = rows.length;
        int data = LEVEL.getBits() << 3 | mask;
        int remainder = data << 10;
        for (int bit = 14; bit >= 10; bit--) {
            if ((remainder >>> bit & 1) != 0) {
                remainder ^= 0x537 << (bit - 10);
            }
        }
        int format = (data << 10 | remainder) ^ 0x5412;
        for (int i = 0; i < 15; i++) {
            boolean dark = (format >>> i & 1) != 0;
            int x1 = i < 8 ? 8 : i == 8 ? 7 : 14 - i;
            int y1 = i < 6 ? i : i < 8 ? i + 1 : 8;
            set(rows, x1, y1, dark);
            if (i < 8) {
                set(rows, width - 1 - i, 8, dark);
            } else {
                set(rows, 8, width - 15 + i, dark);
            }
        }
    }

    private static void set(long[] rows, int x, int y, boolean dark) {
        rows[y] = dark ? rows[y] | 1L << x : rows[y] & ~(1L << x);
    }

    /** s.6.3: the modules that carry data, that is, all but the function patterns and the format and version areas. */
    private static long[] dataModules(Version version) {
        int width = version.getDimensionForVersion();
        long[] function = new long[width];
        region(function, 0, 0, 9, 9); // finder, separator and format information, top left
        region(function, width - 8, 0, 8, 9); // top right
        region(function, 0, width - 8, 9, 8); // bottom left, with the dark module
        int[] centres = version.getAlignmentPatternCenters();
        for (int i = 0; i < centres.length; i++) {
            for (int j = 0; j < centres.length; j++) {
                boolean underFinder = i == 0 && (j == 0 || j == centres.length - 1) || i == centres.length - 1 && j == 0;
                if (!underFinder) {
                    region(function, centres[i] - 2, centres[j] - 2, 5, 5);
                }
            }
        }
        region(function, 6, 9, 1, width - 17); // timing patterns
        region(function, 9, 6, width - 17, 1);
        if (version.getVersionNumber() > 6) {
            region(function, width - 11, 0, 3, 6); // version information
            region(function, 0, width - 11, 6, 3);
        }
        long all = width == 64 ? -1L : (1L << width) - 1;
        for (int y = 0; y < width; y++) {
            function[y] = ~function[y] & all;
        }
        return function;
    }

    private static void region(long[] rows, int left, int top, int columns, int height) {
        long span = ((1L << columns) - 1) << left;
        for (int y = top; y < top + height; y++) {
            rows[y] |= span;
        }
    }

    /** s.7.8.3 table 11: the sum of the four penalties over rows and columns. */
    static int penalty(long[] rows, int width) {
        long[] columns = transposed(rows, width);
        int penalty = 0;
        int dark = 0;
        for (int i = 0; i < width; i++) {
            penalty += runPenalty(rows[i], width) + runPenalty(columns[i], width);
            penalty += N3 * (finderLike(rows[i], width) + finderLike(columns[i], width));
            dark += Long.bitCount(rows[i]);
        }
        long pairs = (1L << (width - 1)) - 1;
        for (int y = 0; y + 1 < width; y++) {
            long a = rows[y];
            long b = rows[y + 1];
            long sameBlock = ~(a ^ b) & ~(a ^ a >>> 1) & ~(b ^ b >>> 1) & pairs;
            penalty += N2 * Long.bitCount(sameBlock);
        }
        int total = width * width;
        return penalty + Math.abs(dark * 2 - total) * 10 / total * N4;
    }

    /**
     * Feature 1: N1 + (k - 5) for each run of k >= 5 like modules. With e marking a module equal to the
     * next, a run of k is a run of k - 1 ones in e; four ones in a row start at bit b of f, so a run of
     * k gives k - 4 bits in f, and N1 - 1 more per run: one per leading bit of f.
     */
    private static int runPenalty(long line, int width) {
        long equalToNext = ~(line ^ line >>> 1) & ((1L << (width - 1)) - 1);
        long four = equalToNext & equalToNext >>> 1 & equalToNext >>> 2 & equalToNext >>> 3;
        return Long.bitCount(four) + (N1 - 1) * Long.bitCount(four & ~(four << 1));
    }

    /**
     * Feature 3: 1:1:3:1:1 with four light modules before or after, all inside the symbol (as ZXing
     * scores it: the quiet zone is not counted as light).
     */
    private static int finderLike(long line, int width) {
        int count = 0;
        for (int x = 0; x + 7 <= width; x++) {
            boolean lightBefore = x >= 4 && (line >>> (x - 4) & 0x7FF) == FINDER_LIKE << 4;
            boolean lightAfter = x + 11 <= width && (line >>> x & 0x7FF) == FINDER_LIKE;
            if (lightBefore || lightAfter) {
                count++;
            }
        }
        return count;
    }

    private static long[] transposed(long[] rows, int width) {
        long[] columns = new long[width];
        for (int y = 0; y < width; y++) {
            long row = rows[y];
            while (row != 0) {
                int x = Long.numberOfTrailingZeros(row);
                columns[x] |= 1L << y;
                row &= row - 1;
            }
        }
        return columns;
    }
}
