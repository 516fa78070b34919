package eu.ecmr.accesspoint.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Strings a submitter could write into any text field: any character of the basic plane (lone
 * surrogates and control characters included), fragments of PDF and JSON syntax, right-to-left
 * text and overrides, combining marks, astral characters, and long lines.
 */
public final class HostileText {

    static final List<String> FRAGMENTS = List.of(
            ") Tj (", ">>stream", "endstream endobj", "(", ")", "\\", "<<", ">>", "%%EOF", "/JS (app.alert(1))",
            "BT /F1 12 Tf ET", "\u202E", "\u202C", "\u200F", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627",
            "e\u0301\u0301\u0301\u0308", "\u0E01\u0E34\u0E4A", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uD83D\uDE9A",
            "\u0000", "\u0007", "\u001B[31m", "\r\n", "\n", "\t", "\uFEFF", "\uFFFF", "\uFFFE", "\u00AD", "\u2028",
            "\u200B", "\u034F", "Ωμέγα", "Жёлтый", "ŁÓDŹ", "\uFDFA", "\"", "'", "~1", "/", " ");

    private HostileText() {
    }

    /** Any of the kinds above, up to {@code maxLength} characters (long lines at the top end). */
    public static String upTo(Random random, int maxLength) {
        String text = switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> Gen.anyChars(random, Math.min(maxLength, 64));
            case 4, 5, 6, 7 -> fragments(random, 12);
            case 8, 9 -> Gen.of(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ W", maxLength);
            case 10 -> "a" + Gen.of(random, "\u0300\u0301\u0308\u0327\u036F", Math.min(maxLength, 200));
            default -> "W".repeat(maxLength);
        };
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    /** Up to {@code count} fragments of syntax and script, joined. */
    public static String fragments(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(count + 1); i > 0; i--) {
            text.append(Gen.oneOf(random, FRAGMENTS));
        }
        return text.toString();
    }
}
