package eu.ecmr.accesspoint.rendering.layout;

import java.util.ArrayList;
import java.util.List;

import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.rendering.pdf.FontSubset;
import eu.ecmr.accesspoint.submission.StoredNote;

/** Lays a note out as the CMR form and draws its pages. Thread-safe: all per-document state is passed in. */
public final class FormLayout {

    /** The resource names the page content uses for the two faces. */
    public static final String REGULAR = PagePainter.REGULAR;
    public static final String BOLD = PagePainter.BOLD;

    private final Fonts fonts;
    private final String watermark;

    public FormLayout(Fonts fonts) {
        this.fonts = fonts;
        this.watermark = fonts.bold().outline("COPY");
    }

    /**
     * The content stream of each page. Pages are planned first and drawn only if there are at most
     * {@code maxPages}; else {@code AccessPointException(PDF_TOO_LARGE)}, having cost only the layout.
     */
    public List<byte[]> pages(StoredNote note, EcmrDocument doc, SealNotice seal, int maxPages,
            FontSubset regular, FontSubset bold) {
        List<PagePlan> plans = Paginator.paginate(new NoteForm(fonts).blocks(note, doc, seal), maxPages);
        PagePainter painter = new PagePainter(fonts, regular, bold, watermark);
        String marking = "COPY of the electronic consignment note (e-CMR) held by " + seal.accessPointName();
        String footer = "Note " + note.id() + " \u00B7 e-CMR No. " + doc.ecmrNumber();
        List<byte[]> pages = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            PageFrame frame = new PageFrame(marking, doc.ecmrNumber(), footer, seal.verificationUrl(), i + 1, plans.size());
            pages.add(painter.paint(plans.get(i), frame));
        }
        return pages;
    }
}
