package eu.ecmr.accesspoint.handheld;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.common.rest.RequestPurposes;
import eu.ecmr.accesspoint.inspection.NotePage;
import eu.ecmr.accesspoint.inspection.NoteQuery;
import eu.ecmr.accesspoint.inspection.SearchNotes;
import eu.ecmr.accesspoint.inspection.VerifyConsignmentNote;
import eu.ecmr.accesspoint.inspection.VerifyConsignmentNote.Verified;
import eu.ecmr.accesspoint.inspection.rest.VerificationResource.ScannedNote;
import eu.ecmr.accesspoint.rendering.PdfCopies;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.CallerResolver;
import eu.ecmr.accesspoint.security.RequestPurpose;
import eu.ecmr.accesspoint.security.Roles;
import eu.ecmr.accesspoint.submission.ReadConsignmentNote;
import eu.ecmr.accesspoint.submission.ReadConsignmentNote.Part;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.submission.rest.NoteView;
import eu.ecmr.accesspoint.submission.rest.ReceiptMapper;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the handheld's page asks, on its own origin with the session cookie: the same search, read
 * and verification use cases as the bearer API, so every authority read is in the access log with
 * the control reference the inspector typed ({@code X-Control-Reference}, or {@code ref} on the
 * PDF link, which a browser follows without headers).
 */
@Path(HandheldPage.ROOT + "/api")
@RolesAllowed({ Roles.INSPECTOR, Roles.AUDITOR })
public class HandheldApi {

    static final int RESULTS = 20;

    /** Who is signed in, for the page's header. */
    public record SignedIn(String name, String role, String organisation) {
    }

    private final SearchNotes search;
    private final VerifyConsignmentNote verify;
    private final ReadConsignmentNote read;
    private final PdfCopies pdfCopies;
    private final ReceiptMapper receipts;
    private final CallerResolver callers;
    private final RequestPurposes purposes;
    private final SecurityIdentity identity;

    HandheldApi(SearchNotes search, VerifyConsignmentNote verify, ReadConsignmentNote read, PdfCopies pdfCopies,
            ReceiptMapper receipts, CallerResolver callers, RequestPurposes purposes, SecurityIdentity identity) {
        this.search = search;
        this.verify = verify;
        this.read = read;
        this.pdfCopies = pdfCopies;
        this.receipts = receipts;
        this.callers = callers;
        this.purposes = purposes;
        this.identity = identity;
    }

    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    public SignedIn me() {
        Caller caller = callers.current();
        return new SignedIn(identity.getPrincipal().getName(), caller.actingRole(), caller.organisation().orElse(null));
    }

    /** By plate or by e-CMR number, newest first: what the inspector typed, never both. */
    @GET
    @Path("notes")
    @Produces(MediaType.APPLICATION_JSON)
    public NotePage search(@QueryParam("vehicle") String vehicle, @QueryParam("ecmrNumber") String ecmrNumber) {
        Optional<String> plate = text(vehicle);
        Optional<String> number = text(ecmrNumber);
        if (plate.isPresent() == number.isPresent()) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, "give either vehicle or ecmrNumber");
        }
        NoteQuery query = new NoteQuery(number, plate, Optional.empty(), Optional.empty(), Optional.empty(),
                NoteQuery.TimeField.RECEIVED, 0, RESULTS);
        return search.search(callers.current(), query, purposes.current());
    }

    /** The note card: the note, a fresh verdict, and whether a scanned QR code's digest is the stored one. */
    @GET
    @Path("notes/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ScannedNote note(@PathParam("id") UUID id, @QueryParam("sha256") String scannedDigest) {
        Verified verified = verify.verify(callers.current(), id, purposes.current());
        Boolean matches = scannedDigest == null || scannedDigest.isBlank() ? null
                : verified.note().payloadDigest().equals(scannedDigest.strip().toLowerCase(Locale.ROOT));
        return new ScannedNote(new NoteView(receipts.toView(verified.note().receipt()), document(verified.note())),
                verified.report(), matches);
    }

    @GET
    @Path("notes/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id, @QueryParam("ref") String controlReference) {
        Caller caller = callers.current();
        RequestPurpose purpose = purposes.withReference(controlReference);
        StoredNote note = read.read(caller, id, Part.PDF, purpose);
        return Response.ok(pdfCopies.of(note, caller, purpose), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"ecmr-"
                        + note.ecmrNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** A tampered original may no longer hold a readable document; the verdict says why, the card shows what it can. */
    private JsonNode document(StoredNote note) {
        try {
            return read.document(note);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Optional<String> text(String value) {
        if (value != null && value.length() > 64) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, "search values are at most 64 characters");
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
