package eu.ecmr.accesspoint.rendering.layout;

import java.util.ArrayList;
import java.util.List;

import eu.ecmr.accesspoint.rendering.pdf.FontProgram;
import eu.ecmr.accesspoint.rendering.pdf.Text;

/**
 * Breaks untrusted text into lines that fit a width: at spaces, at line breaks, and inside words
 * too long for a line (a 4,000-character word becomes many lines, never an overflow).
 */
final class Wrapper {

    private final Fonts fonts;

    Wrapper(Fonts fonts) {
        this.fonts = fonts;
    }

    /** The text in one style, wrapped to {@code width} points; an empty or absent text gives no lines. */
    List<Line> wrap(String text, Style style, float width) {
        List<Line> lines = new ArrayList<>();
        for (String piece : pieces(text, style, width, width)) {
            lines.add(Line.of(piece, style));
        }
        return lines;
    }

    /** A label, then its value on the same line; the value's further lines are indented under it. */
    List<Line> labelled(String label, String value, float width) {
        return labelled(label, value, width, 0);
    }

    /** As {@link #labelled(String, String, float)}, values starting {@code column} points in, if the label fits. */
    List<Line> labelled(String label, String value, float width, float column) {
        String printableLabel = Text.printable(label, fonts.of(Style.LABEL)) + " ";
        float labelWidth = fonts.of(Style.LABEL).width(printableLabel, Style.LABEL.size);
        float indent = Math.min(width / 2, Math.max(column, labelWidth));
        List<String> pieces = pieces(value, Style.VALUE, width - indent, width - indent);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(1, pieces.size()); i++) {
            String piece = pieces.isEmpty() ? "" : pieces.get(i);
            lines.add(i == 0
                    ? new Line(List.of(new Span(printableLabel, Style.LABEL, indent), new Span(piece, Style.VALUE)), 0, false, false)
                    : new Line(List.of(new Span(piece, Style.VALUE)), indent, false, false));
        }
        return lines;
    }

    /** A box's number in bold and its label, the label wrapped if the box is narrow. */
    List<Line> header(String number, String label, float width) {
        String shownNumber = Text.printable(number, fonts.bold()) + " ";
        float numberWidth = fonts.bold().width(shownNumber, Style.NUMBER.size);
        List<String> pieces = pieces(label, Style.LABEL, width - numberWidth, width);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(List.of(new Span(shownNumber, Style.NUMBER), new Span(pieces.isEmpty() ? "" : pieces.get(0),
                Style.LABEL)), 0, false, false));
        for (int i = 1; i < pieces.size(); i++) {
            lines.add(Line.of(pieces.get(i), Style.LABEL));
        }
        return lines;
    }

    /** A dangerous goods line: the diamond, then the ADR particulars in bold red. */
    List<Line> hazard(String text, float width) {
        float indent = Style.HAZARD.size + 2;
        List<Line> lines = new ArrayList<>();
        for (String piece : pieces(text, Style.HAZARD, width - indent, width - indent)) {
            lines.add(new Line(List.of(new Span(piece, Style.HAZARD)), indent, false, lines.isEmpty()));
        }
        return lines;
    }

    /** Printable pieces of the text: the first at most {@code firstWidth} wide, the others {@code width}. */
    private List<String> pieces(String text, Style style, float firstWidth, float width) {
        List<String> pieces = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pieces;
        }
        FontProgram font = fonts.of(style);
        float size = style.size;
        float space = font.width(" ", size);
        for (String paragraph : Text.printable(text, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ", -1)) {
                float limit = pieces.isEmpty() ? firstWidth : width;
                float wordWidth = font.width(word, size);
                if (line.length() > 0 && lineWidth + space + wordWidth <= limit) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    pieces.add(line.toString());
                    line.setLength(0);
                    limit = width;
                }
                lineWidth = breakWord(word, font, size, limit, width, line, pieces);
            }
            pieces.add(line.toString());
        }
        return pieces;
    }

    /** Puts a word on a fresh line, breaking it by characters where it is wider than the line. */
    private static float breakWord(String word, FontProgram font, float size, float limit, float width,
            StringBuilder line, List<String> pieces) {
        float lineWidth = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            float charWidth = font.width(font.glyph(c)) * size / 1000f;
            if (line.length() > 0 && lineWidth + charWidth > limit) {
                pieces.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                limit = width;
            }
            line.append(c);
            lineWidth += charWidth;
        }
        return lineWidth;
    }
}
