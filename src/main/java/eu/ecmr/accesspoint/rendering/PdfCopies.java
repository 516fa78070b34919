package eu.ecmr.accesspoint.rendering;

import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.common.Digests;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;
import eu.ecmr.accesspoint.submission.SignedPayload;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * A note's PDF copy: rendered on first request, then kept and served as stored, so it is
 * byte-stable once served. Concurrent first requests for one note share a single rendering;
 * across instances the first copy stored wins and every instance serves that one. The copy kept
 * and the audit entry of its rendering (with its digest) are committed together.
 */
@ApplicationScoped
public class PdfCopies {

    private final NoteRenderer renderer;
    private final PdfCopyStore store;
    private final AuditLog audit;
    private final EcmrDocumentReader reader = new EcmrDocumentReader();
    private final Map<UUID, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();

    PdfCopies(NoteRenderer renderer, PdfCopyStore store, AuditLog audit) {
        this.renderer = renderer;
        this.store = store;
        this.audit = audit;
    }

    /** The note's copy; {@code caller} and {@code purpose} are recorded if this request renders it. */
    public byte[] of(StoredNote note, Caller caller, RequestPurpose purpose) {
        return store.find(note.id()).orElseGet(() -> renderOnce(note, caller, purpose));
    }

    private byte[] renderOnce(StoredNote note, Caller caller, RequestPurpose purpose) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = rendering.putIfAbsent(note.id(), mine);
        if (running != null) {
            return join(running);
        }
        try {
            byte[] pdf = renderer.render(note, reader.read(SignedPayload.of(note)));
            mine.complete(keep(note, pdf, caller, purpose));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        } finally {
            rendering.remove(note.id());
        }
        return join(mine);
    }

    private byte[] keep(StoredNote note, byte[] pdf, Caller caller, RequestPurpose purpose) {
        try {
            audit.appendWith(AuditEvent.of(AuditEventType.PDF_RENDERING, caller, purpose, note.id(), Map.of(
                    "pdfSha256", HexFormat.of().formatHex(Digests.sha256(pdf)),
                    "pdfBytes", pdf.length)), () -> store.add(note.id(), pdf));
            return pdf;
        } catch (RuntimeException raced) {
            // Another instance kept its copy first: serve that one, so every answer is the same bytes.
            return store.find(note.id()).orElseThrow(() -> raced);
        }
    }

    private static byte[] join(CompletableFuture<byte[]> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
