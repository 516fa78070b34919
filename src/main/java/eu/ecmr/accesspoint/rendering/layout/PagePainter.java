package eu.ecmr.accesspoint.rendering.layout;

import java.util.List;

import eu.ecmr.accesspoint.rendering.pdf.ContentWriter;
import eu.ecmr.accesspoint.rendering.pdf.FontSubset;
import eu.ecmr.accesspoint.rendering.pdf.Text;

/** Draws one planned page: watermark, copy marking, boxes, and the footer with the note id and page number. */
final class PagePainter {

    static final String REGULAR = "F1";
    static final String BOLD = "F2";

    private final Fonts fonts;
    private final FontSubset regular;
    private final FontSubset bold;
    private final String watermark;

    PagePainter(Fonts fonts, FontSubset regular, FontSubset bold, String watermark) {
        this.fonts = fonts;
        this.regular = regular;
        this.bold = bold;
        this.watermark = watermark;
    }

    byte[] paint(PagePlan page, PageFrame frame) {
        ContentWriter out = new ContentWriter();
        watermark(out);
        frame(out, frame);
        for (Placement placement : page.placements()) {
            paint(out, placement, frame);
        }
        return out.toBytes();
    }

    private void paint(ContentWriter out, Placement placement, PageFrame frame) {
        Row row = placement.row();
        float x = Sheet.MARGIN;
        float bottom = placement.top() - placement.height();
        if (row.header()) {
            out.fill(Colours.HEADER_FILL).rectangle(x, bottom, Sheet.CONTENT_WIDTH, placement.height()).fillPath();
        }
        if (row.hazard()) {
            out.fill(Colours.HAZARD).rectangle(x, bottom, 2.5f, placement.height()).fillPath();
        }
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cells().get(i);
            out.stroke(Colours.RULE).lineWidth(0.5f).rectangle(x, bottom, cell.width(), placement.height()).strokePath();
            float y = placement.top() - Sheet.PAD;
            int from = placement.from()[i];
            if (cell.repeatsHeader(from)) {
                y = lines(out, cell.lines().subList(0, cell.headerLines()), x, y, cell.width());
                show(out, Style.LABEL, x + cell.width() - Sheet.PAD - width("(continued)", Style.LABEL),
                        placement.top() - Sheet.PAD - 6, "(continued)");
            }
            lines(out, cell.lines().subList(from, placement.to()[i]), x, y, cell.width());
            if (cell.qrCode() && from == 0) {
                float size = Sheet.QR_SIZE;
                float qrX = x + cell.width() - Sheet.PAD - size;
                float qrY = placement.top() - Sheet.PAD - size;
                QrCode.draw(out, frame.verificationUrl(), qrX, qrY, size);
                show(out, Style.LABEL, qrX + (size - width("Scan to verify", Style.LABEL)) / 2, qrY - 6, "Scan to verify");
            }
            x += cell.width();
        }
    }

    private float lines(ContentWriter out, List<Line> lines, float x, float top, float cellWidth) {
        float y = top;
        for (Line line : lines) {
            float height = line.height();
            float left = line.alignRight() ? x + cellWidth - Sheet.PAD - line.width(fonts) : x + Sheet.PAD + line.indent();
            for (Span span : line.spans()) {
                float size = span.style().size;
                float baseline = y - height + (height - size) / 2 + size * 0.22f;
                if (!span.text().isEmpty()) {
                    show(out, span.style(), left, baseline, span.text());
                }
                left += span.width(fonts);
            }
            if (line.hazard()) {
                diamond(out, x + Sheet.PAD + line.indent() / 2 - 0.5f, y - height / 2, line.indent() / 2 - 1);
            }
            y -= height;
        }
        return y;
    }

    /** The ADR placard's shape, a square on its point, in hazard red. */
    private static void diamond(ContentWriter out, float cx, float cy, float r) {
        out.fill(Colours.HAZARD).moveTo(cx, cy + r).lineTo(cx + r, cy).lineTo(cx, cy - r).lineTo(cx - r, cy).fillPath();
    }

    /** "COPY" across the page, as outlines so that it stays out of the text readers extract. */
    private void watermark(ContentWriter out) {
        out.fill(Colours.WATERMARK).fillOutline(watermark, 150, 170, 230, 50);
    }

    /** The marking at the top and the footer, on every page. */
    private void frame(ContentWriter out, PageFrame frame) {
        float top = Sheet.HEIGHT - Sheet.MARGIN;
        out.stroke(Colours.MARKING).lineWidth(0.8f)
                .rectangle(Sheet.MARGIN, top - Sheet.BAND, Sheet.CONTENT_WIDTH, Sheet.BAND).strokePath();
        String number = "e-CMR No. " + frame.ecmrNumber();
        show(out, Style.MARKING, Sheet.MARGIN + Sheet.PAD, top - 10, frame.marking());
        float numberWidth = width(number, Style.MARKING);
        if (width(frame.marking(), Style.MARKING) + numberWidth + 4 * Sheet.PAD < Sheet.CONTENT_WIDTH) {
            show(out, Style.MARKING, Sheet.WIDTH - Sheet.MARGIN - Sheet.PAD - numberWidth, top - 10, number);
        }
        float baseline = Sheet.MARGIN + 3;
        show(out, Style.SMALL, Sheet.MARGIN, baseline, frame.footer());
        String page = "Page " + frame.page() + " of " + frame.pages();
        show(out, Style.SMALL, Sheet.WIDTH - Sheet.MARGIN - width(page, Style.SMALL), baseline, page);
    }

    private void show(ContentWriter out, Style style, float x, float y, String text) {
        String printable = Text.printable(text, fonts.of(style));
        out.fill(style.colour).text(style.bold ? bold : regular, style.bold ? BOLD : REGULAR, style.size, x, y, printable);
    }

    private float width(String text, Style style) {
        return fonts.of(style).width(Text.printable(text, fonts.of(style)), style.size);
    }
}
