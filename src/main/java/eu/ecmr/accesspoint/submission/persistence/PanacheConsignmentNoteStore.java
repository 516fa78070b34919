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

    @Override
    public void add(StoredNote note) {
        NoteEntityMapper.toEntity(note).persistAndFlush();
    }
}
