package eu.ecmr.accesspoint.fuzz;

import java.util.List;
import java.util.Random;

/** Small helpers for generators over a {@link Random}. */
public final class Gen {

    private Gen() {
    }

    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** True with probability {@code percent} / 100. */
    public static boolean chance(Random random, int percent) {
        return random.nextInt(100) < percent;
    }

    public static byte[] bytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Any UTF-16 code units of the basic plane, lone surrogates and control characters included. */
    public static String anyChars(Random random, int maxLength) {
        char[] chars = new char[random.nextInt(maxLength + 1)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = chance(random, 50) ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000);
        }
        return new String(chars);
    }

    public static String of(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Shows any string in ASCII, so that a failure report survives lone surrogates and control characters. */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}
