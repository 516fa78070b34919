package eu.ecmr.accesspoint.submission.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.submission.ConsignmentNoteStore;
import eu.ecmr.accesspoint.submission.StoredNote;
import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
class PanacheConsignmentNoteStore implements ConsignmentNoteStore {

    private static final String EXISTS =
            "select 1 from consignment_note where carrier_id = ? and ecmr_number = ?";

    private final DataSource dataSource;

    PanacheConsignmentNoteStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<StoredNote> findById(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> NoteEntity.<NoteEntity> findByIdOptional(id)
                .map(NoteEntityMapper::toNote));
    }

    /**
     * Every submission asks this first, and almost always for a number not taken yet. Outside a
     * transaction, a miss is answered by one autocommit query on the unique index, without the
     * transaction and the Hibernate query a hit needs (they cost more than a quarter of a submission's
     * CPU). Inside one, the session may hold a note not flushed yet, so Hibernate answers.
     */
    @Override
    public Optional<StoredNote> findByCarrierAndNumber(String carrierId, String ecmrNumber) {
        if (!QuarkusTransaction.isActive() && !exists(carrierId, ecmrNumber)) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> NoteEntity
                .<NoteEntity> find("carrierId = ?1 and ecmrNumber = ?2", carrierId, ecmrNumber)
                .firstResultOptional()
                .map(NoteEntityMapper::toNote));
    }

    @Override
    public void add(StoredNote note) {
        NoteEntityMapper.toEntity(note).persistAndFlush();
    }

    private boolean exists(String carrierId, String ecmrNumber) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(EXISTS)) {
            query.setString(1, carrierId);
            query.setString(2, ecmrNumber);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up e-CMR number " + ecmrNumber + " of carrier " + carrierId, e);
        }
    }
}
