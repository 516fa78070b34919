package eu.ecmr.accesspoint.rendering.layout;

import java.util.List;

import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.signature.SignerIdentity;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.timestamp.TimestampReply;

/**
 * Boxes 22 to 24: on paper the signatures and stamps; here what the carrier's electronic signature and
 * the timestamp establish (Additional Protocol to the CMR on the e-CMR, art. 3), and how to check them.
 */
final class SignatureBox {

    /** Where the values start, so that they read as one column. */
    private static final float VALUES = 112;

    private final Wrapper wrapper;

    SignatureBox(Wrapper wrapper) {
        this.wrapper = wrapper;
    }

    Row of(StoredNote note, EcmrDocument doc, SealNotice seal) {
        Box box = Box.numbered(wrapper, Sheet.CONTENT_WIDTH, "22\u201324",
                "Signatures and stamps: electronic signature of the note (e-CMR Protocol art. 3)");
        box.text("e-CMR No. " + doc.ecmrNumber(), Style.BIG);
        SignerIdentity signer = note.signer();
        box.labelled("Signed by:", VALUES, signer == null ? null : signer.subject())
                .labelled("organizationIdentifier:", VALUES, signer == null ? null : signer.organizationIdentifier())
                .labelled("Certificate issuer:", VALUES, signer == null ? null
                        : signer.issuer() + " \u00B7 serial " + signer.serialNumber())
                .labelled("Signing time (sigT):", VALUES, Formats.join(" \u00B7 ", Formats.instant(note.signingTime()),
                        note.signatureAlgorithm()));
        TimestampReply timestamp = note.timestamp();
        box.labelled("Timestamp (RFC 3161):", VALUES, timestamp == null ? null
                        : Formats.instant(timestamp.genTime()) + " by " + timestamp.tsa()
                                + " \u00B7 serial " + timestamp.serialNumber())
                .labelled("Received by the Access Point:", VALUES, Formats.instant(note.receivedAt()))
                .labelled("SHA-256 of the signed original:", VALUES, note.payloadDigest())
                .labelled("Verify at:", VALUES, seal.verificationUrl());
        box.text("This PDF is a copy, sealed by " + seal.accessPointName() + " (PAdES). The signed original ("
                + seal.originalName() + ") and its timestamp (" + seal.timestampName()
                + ") are attached to it: they, not this rendering, are the evidence.", Style.SMALL);
        return new Row(List.of(box.cell()), false, false, false);
    }
}
