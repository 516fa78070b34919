package eu.ecmr.accesspoint.efti;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The transactional outbox of gate registrations. Several Access Point instances may share it:
 * each registration is attempted by one of them at a time.
 */
public interface RegistrationOutbox {

    /**
     * In the caller's transaction, so that a note is never kept without its registration: a new
     * registration of the dataset, or a new version of it if it is already known.
     */
    void enqueue(UUID datasetId, Instant now);

    /**
     * In a transaction of its own: claims the registration due longest (one another instance holds
     * is skipped), lets {@code attempt} deliver it and keeps the state it returns, together with
     * whatever {@code attempt} wrote in that transaction (its audit entry). A crash in between
     * leaves the registration as it was, due.
     *
     * @return false when no registration is due
     */
    boolean attemptNextDue(Instant now, UnaryOperator<Registration> attempt);

    Optional<Registration> find(UUID datasetId);

    /** Registrations, those due longest first; {@code state} empty for all. */
    List<Registration> list(Optional<Registration.State> state, int offset, int limit);
}
