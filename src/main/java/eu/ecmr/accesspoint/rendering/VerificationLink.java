package eu.ecmr.accesspoint.rendering;

import java.net.URI;
import java.util.UUID;

/** The address printed and QR-coded on every copy, where anyone can have the note verified. */
final class VerificationLink {

    /**
     * {@code {publicBaseUrl}/api/v1/consignment-notes/{id}/verification?sha256={hex}}: the inspection
     * feature serves it; the digest lets a reader of a paper print tell that the note it verifies is
     * the one printed, without trusting the print.
     */
    static final String FORMAT = "%s/api/v1/consignment-notes/%s/verification?sha256=%s";

    private VerificationLink() {
    }

    static String of(URI publicBaseUrl, UUID noteId, String sha256Hex) {
        String base = publicBaseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return String.format(FORMAT, base, noteId, sha256Hex);
    }
}
