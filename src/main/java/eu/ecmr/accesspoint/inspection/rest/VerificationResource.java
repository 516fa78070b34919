package eu.ecmr.accesspoint.inspection.rest;

import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.ecmr.accesspoint.common.rest.RequestPurposes;
import eu.ecmr.accesspoint.inspection.VerificationReport;
import eu.ecmr.accesspoint.inspection.VerifyConsignmentNote;
import eu.ecmr.accesspoint.inspection.VerifyConsignmentNote.Verified;
import eu.ecmr.accesspoint.security.CallerResolver;
import eu.ecmr.accesspoint.security.Roles;
import eu.ecmr.accesspoint.submission.ReadConsignmentNote;
import eu.ecmr.accesspoint.submission.rest.ConsignmentNoteResource;
import eu.ecmr.accesspoint.submission.rest.NoteView;
import eu.ecmr.accesspoint.submission.rest.ReceiptMapper;
import io.quarkus.security.Authenticated;

/** Is this note authentic? A fresh verification, and the entry point of the PDF's QR code. */
@Path(ConsignmentNoteResource.PATH + "/{id}/verification")
@Authenticated
public class VerificationResource {

    /** What a QR scan answers: the note, its verdict, and whether the scanned digest is the stored one. */
    public record ScannedNote(NoteView note, VerificationReport verification, Boolean scannedDigestMatches) {
    }

    private final VerifyConsignmentNote verify;
    private final ReadConsignmentNote read;
    private final CallerResolver callers;
    private final RequestPurposes purposes;
    private final ReceiptMapper receipts;

    VerificationResource(VerifyConsignmentNote verify, ReadConsignmentNote read, CallerResolver callers,
            RequestPurposes purposes, ReceiptMapper receipts) {
        this.verify = verify;
        this.read = read;
        this.callers = callers;
        this.purposes = purposes;
        this.receipts = receipts;
    }

    @POST
    @RolesAllowed({ Roles.CARRIER, Roles.INSPECTOR, Roles.AUDITOR })
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationReport verify(@PathParam("id") UUID id) {
        return verify.verify(callers.current(), id, purposes.current()).report();
    }

    /** The URL in the PDF's QR code: the note and its verdict in one request. */
    @GET
    @RolesAllowed({ Roles.CARRIER, Roles.INSPECTOR, Roles.AUDITOR })
    @Produces(MediaType.APPLICATION_JSON)
    public ScannedNote scanned(@PathParam("id") UUID id, @QueryParam("sha256") String scannedDigest) {
        Verified verified = verify.verify(callers.current(), id, purposes.current());
        Boolean matches = scannedDigest == null ? null
                : verified.note().payloadDigest().equals(scannedDigest.toLowerCase(Locale.ROOT));
        return new ScannedNote(new NoteView(receipts.toView(verified.note().receipt()), read.document(verified.note())),
                verified.report(), matches);
    }
}
