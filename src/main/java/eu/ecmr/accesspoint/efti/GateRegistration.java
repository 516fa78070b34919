package eu.ecmr.accesspoint.efti;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * Registers an accepted note with the configured gate, through the outbox, in the transaction that
 * stores the note. Without a configured gate nothing is registered.
 */
@ApplicationScoped
public class GateRegistration {

    private final RegistrationOutbox outbox;
    private final EftiConfig config;
    private final Clock clock;

    GateRegistration(RegistrationOutbox outbox, EftiConfig config, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public void noteAccepted(StoredNote note) {
        if (config.gate().baseUrl().isPresent()) {
            outbox.enqueue(note.id(), clock.instant());
        }
    }
}
