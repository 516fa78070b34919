package eu.ecmr.accesspoint.submission.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.NoteHistory;
import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.common.rest.HttpConfig;
import eu.ecmr.accesspoint.common.rest.RequestPurposes;
import eu.ecmr.accesspoint.rendering.PdfCopies;
import eu.ecmr.accesspoint.security.CallerResolver;
import eu.ecmr.accesspoint.security.Roles;
import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.submission.ReadConsignmentNote;
import eu.ecmr.accesspoint.submission.ReadConsignmentNote.Part;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.submission.SubmissionCommand;
import eu.ecmr.accesspoint.submission.SubmissionOutcome;
import eu.ecmr.accesspoint.submission.SubmitConsignmentNote;
import io.quarkus.security.Authenticated;

/**
 * A note's own resources: the carrier submits it; its carrier and the authorities read it back
 * with its original and timestamp (authority reads logged by the use case).
 */
@Path(ConsignmentNoteResource.PATH)
@Authenticated
public class ConsignmentNoteResource {

    public static final String PATH = "/api/v1/consignment-notes";
    static final String TIMESTAMP_REPLY = "application/timestamp-reply";

    private final SubmitConsignmentNote submit;
    private final ReadConsignmentNote read;
    private final CallerResolver callers;
    private final RequestPurposes purposes;
    private final ReceiptMapper receipts;
    private final HttpConfig http;
    private final NoteHistory history;
    private final PdfCopies pdfCopies;

    ConsignmentNoteResource(SubmitConsignmentNote submit, ReadConsignmentNote read, CallerResolver callers,
            RequestPurposes purposes, ReceiptMapper receipts, HttpConfig http, NoteHistory history,
            PdfCopies pdfCopies) {
        this.history = history;
        this.pdfCopies = pdfCopies;
        this.submit = submit;
        this.read = read;
        this.callers = callers;
        this.purposes = purposes;
        this.receipts = receipts;
        this.http = http;
    }

    @POST
    @RolesAllowed(Roles.CARRIER)
    @Consumes({ "application/jose", "application/jose+json" })
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType) {
        http.checkBodySize(body);
        // @Consumes lets a request without a Content-Type, or with */*, through as if it could be anything.
        JwsSerialization serialization = Optional.ofNullable(contentType)
                .flatMap(type -> JwsSerialization.forMediaType(type.getType() + "/" + type.getSubtype()))
                .orElseThrow(() -> AccessPointException.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                        "Send application/jose (compact JWS) or application/jose+json (flattened JWS)"));
        SubmissionOutcome outcome = submit.submit(
                new SubmissionCommand(callers.current(), body, serialization, purposes.current()));
        ReceiptView receipt = receipts.toView(outcome.note().receipt());
        return (outcome.created()
                ? Response.created(receipts.location(outcome.note().receipt()))
                : Response.ok().location(receipts.location(outcome.note().receipt())))
                .entity(receipt).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CARRIER, Roles.INSPECTOR, Roles.AUDITOR })
    @Produces(MediaType.APPLICATION_JSON)
    public NoteView note(@PathParam("id") UUID id) {
        StoredNote note = read(id, Part.NOTE);
        return new NoteView(receipts.toView(note.receipt()), read.document(note));
    }

    @GET
    @Path("{id}/original")
    @RolesAllowed({ Roles.CARRIER, Roles.INSPECTOR, Roles.AUDITOR })
    @Produces({ "application/jose", "application/jose+json" })
    public Response original(@PathParam("id") UUID id) {
        StoredNote note = read(id, Part.ORIGINAL);
        return Response.ok(note.original(), note.serialization().mediaType()).build();
    }

    @GET
    @Path("{id}/timestamp")
    @RolesAllowed({ Roles.CARRIER, Roles.INSPECTOR, Roles.AUDITOR })
    @Produces(TIMESTAMP_REPLY)
    public Response timestamp(@PathParam("id") UUID id) {
        StoredNote note = read(id, Part.TIMESTAMP);
        return Response.ok(note.timestamp().encoded(), TIMESTAMP_REPLY).build();
    }

    /** The note's PDF/A-3 copy, sealed; rendered on first request and then always the same bytes. */
    @GET
    @Path("{id}/pdf")
    @RolesAllowed({ Roles.CARRIER, Roles.INSPECTOR, Roles.AUDITOR })
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id) {
        StoredNote note = read(id, Part.PDF);
        return Response.ok(pdfCopies.of(note, callers.current(), purposes.current()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"ecmr-" + note.ecmrNumber().replaceAll("[^A-Za-z0-9._-]", "_")
                        + ".pdf\"")
                .build();
    }

    /** The note's history: all of it for auditors, its submissions for its carrier. */
    @GET
    @Path("{id}/history")
    @RolesAllowed({ Roles.CARRIER, Roles.AUDITOR })
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> history(@PathParam("id") UUID id) {
        read(id, Part.HISTORY);
        return history.of(callers.current(), id);
    }

    private StoredNote read(UUID id, Part part) {
        return read.read(callers.current(), id, part, purposes.current());
    }
}
