package eu.ecmr.accesspoint.rendering.pdf;

import java.text.Normalizer;

/** Untrusted text made showable: whatever a submitter wrote, the copy shows it or a visible stand-in, never fails. */
public final class Text {

    /** U+FFFD REPLACEMENT CHARACTER: shown where the font has no glyph, so that nothing disappears silently. */
    public static final char REPLACEMENT = '\uFFFD';

    private Text() {
    }

    /**
     * The text as the font can show it: composed (NFC, so that e + U+0301 is the one glyph é), tabs as
     * spaces, line breaks as '\n', and every character the font lacks (other scripts, emoji, bidi
     * controls, which could reorder what a reader sees) as U+FFFD. Right-to-left scripts are not
     * shaped or reordered, so they are replaced too; the embedded original keeps them.
     */
    public static String printable(String text, FontProgram font) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n");
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            char shown = shown(c, font);
            if (out == null && (shown != c || Character.charCount(c) != 1)) {
                out = new StringBuilder(composed.length()).append(composed, 0, i);
            }
            if (out != null) {
                out.append(shown);
            }
            i += Character.charCount(c);
        }
        return out == null ? composed : out.toString();
    }

    private static char shown(int c, FontProgram font) {
        if (c == '\n') {
            return '\n';
        }
        if (c == '\r') {
            return '\n';
        }
        if (c == '\t') {
            return ' ';
        }
        return font.glyph(c) != 0 ? (char) c : REPLACEMENT;
    }
}
