package eu.ecmr.accesspoint.rendering;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.submission.SignedPayload;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * A note's PDF copy: rendered on first request, then kept and served as stored, so it is
 * byte-stable once served. Concurrent first requests for one note share a single rendering;
 * across instances the first copy stored wins and every instance serves that one.
 */
@ApplicationScoped
public class PdfCopies {

    private final NoteRenderer renderer;
    private final PdfCopyStore store;
    private final EcmrDocumentReader reader = new EcmrDocumentReader();
    private final Map<UUID, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();

    PdfCopies(NoteRenderer renderer, PdfCopyStore store) {
        this.renderer = renderer;
        this.store = store;
    }

    public byte[] of(StoredNote note) {
        return store.find(note.id()).orElseGet(() -> renderOnce(note));
    }

    private byte[] renderOnce(StoredNote note) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = rendering.putIfAbsent(note.id(), mine);
        if (running != null) {
            return join(running);
        }
        try {
            byte[] pdf = renderer.render(note, reader.read(SignedPayload.of(note)));
            mine.complete(store.keep(note.id(), pdf));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        } finally {
            rendering.remove(note.id());
        }
        return join(mine);
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
