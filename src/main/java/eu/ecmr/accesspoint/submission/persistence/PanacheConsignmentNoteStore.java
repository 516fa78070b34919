package eu.ecmr.accesspoint.submission.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.submission.ConsignmentNoteStore;
import eu.ecmr.accesspoint.submission.StoredNote;
import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
class PanacheConsignmentNoteStore implements ConsignmentNoteStore {

    @Override
    public Optional<StoredNote> findById(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> NoteEntity.<NoteEntity> findByIdOptional(id)
                .map(NoteEntityMapper::toNote));
    }

    @Override
    public Optional<StoredNote> findByCarrierAndNumber(String carrierId, String ecmrNumber) {
        return QuarkusTransaction.joiningExisting().call(() -> NoteEntity
                .<NoteEntity> find("carrierId = ?1 and ecmrNumber = ?2", carrierId, ecmrNumber)
                .firstResultOptional()
                .map(NoteEntityMapper::toNote));
    }

    /**
     * Inserts in a transaction of its own; the unique constraint on (carrier_id, ecmr_number)
     * decides between concurrent submissions, and the loser reads the winner's row. Any other
     * failure finds no row and is rethrown.
     */
    @Override
    public StoredNote addIfAbsent(StoredNote note) {
        try {
            QuarkusTransaction.requiringNew().run(() -> NoteEntityMapper.toEntity(note).persistAndFlush());
            return note;
        } catch (RuntimeException e) {
            return findByCarrierAndNumber(note.carrierId(), note.ecmrNumber()).orElseThrow(() -> e);
        }
    }
}
