package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import eu.ecmr.accesspoint.common.Digests;

/**
 * Each kept PDF copy is whole: PDFBox opens it, it ends with its trailer, and it is the same bytes
 * as any copy of that note served before a crash. (That each has its rendering entry is an
 * {@link Invariants} rule.) Copies are checked once, as they appear.
 */
final class PdfCopyChecks {

    private final Set<UUID> checked = new HashSet<>();

    int count() {
        return checked.size();
    }

    List<String> check(Connection db, Map<UUID, String> served) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("select note_id, pdf from consignment_note_pdf");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                if (!checked.add(id)) {
                    continue;
                }
                byte[] pdf = rs.getBytes(2);
                String problem = wholePdf(pdf);
                if (problem != null) {
                    problems.add("the PDF copy of " + id + " is not whole: " + problem);
                }
                String digest = HexFormat.of().formatHex(Digests.sha256(pdf));
                if (served.containsKey(id) && !served.get(id).equals(digest)) {
                    problems.add("the PDF copy of " + id + " is not the one served (" + served.get(id) + ")");
                }
            }
        }
        return problems;
    }

    private static String wholePdf(byte[] pdf) {
        String tail = new String(pdf, Math.max(0, pdf.length - 32), Math.min(32, pdf.length),
                java.nio.charset.StandardCharsets.ISO_8859_1).strip();
        if (!tail.endsWith("%%EOF")) {
            return "it does not end with %%EOF";
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages() > 0 ? null : "it has no page";
        } catch (IOException e) {
            return "PDFBox cannot read it: " + e.getMessage();
        }
    }
}
