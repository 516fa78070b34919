package eu.ecmr.accesspoint.rendering.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import eu.ecmr.accesspoint.rendering.PdfCopyStore;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** {@code consignment_note_pdf} (V5). */
@ApplicationScoped
class DatabasePdfCopyStore implements PdfCopyStore {

    private final EntityManager em;
    private final Clock clock;

    DatabasePdfCopyStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<byte[]> find(UUID noteId) {
        return QuarkusTransaction.joiningExisting().call(() -> ((List<byte[]>) em
                .createNativeQuery("select pdf from consignment_note_pdf where note_id = ?1")
                .setParameter(1, noteId).getResultList()).stream().findFirst());
    }

    @Override
    public void add(UUID noteId, byte[] pdf) {
        QuarkusTransaction.joiningExisting().run(() -> em.createNativeQuery(
                "insert into consignment_note_pdf (note_id, pdf, rendered_at) values (?1, ?2, ?3)")
                .setParameter(1, noteId).setParameter(2, pdf)
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate());
    }
}
