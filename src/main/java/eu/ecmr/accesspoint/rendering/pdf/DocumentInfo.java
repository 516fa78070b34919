package eu.ecmr.accesspoint.rendering.pdf;

import java.time.Instant;

/**
 * What a PDF says about itself, written both to the Info dictionary and to the XMP metadata, which
 * PDF/A requires to agree (ISO 19005-3 s.6.6.3).
 */
public record DocumentInfo(String title, String author, String subject, String creator, String producer,
        Instant created) {
}
