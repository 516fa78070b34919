package eu.ecmr.accesspoint.efti;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.submission.ConsignmentNoteStore;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * Delivers due registrations to the gate: each one's identifiers as the note is now, one
 * registration per transaction, each attempt an entry in the history. Keeps no state of its own
 * between runs: everything it needs is in the outbox, so a restarted Access Point, or another
 * instance on the same database, carries on where this one stopped.
 */
@ApplicationScoped
public class DeliverRegistrations {

    private static final Logger LOG = Logger.getLogger(DeliverRegistrations.class);
    static final String ACTOR = "access-point";

    private final RegistrationOutbox outbox;
    private final ConsignmentNoteStore notes;
    private final DataSets dataSets;
    private final GateClient gate;
    private final AuditLog audit;
    private final EftiConfig config;
    private final Clock clock;

    public DeliverRegistrations(RegistrationOutbox outbox, ConsignmentNoteStore notes, DataSets dataSets,
            GateClient gate, AuditLog audit, EftiConfig config, Clock clock) {
        this.outbox = outbox;
        this.notes = notes;
        this.dataSets = dataSets;
        this.gate = gate;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** Attempts each registration due now at most once. @return how many were attempted */
    public int deliverDue() {
        Instant now = clock.instant();
        int attempted = 0;
        while (attempted < config.outbox().batchSize() && outbox.attemptNextDue(now, this::attempt)) {
            attempted++;
        }
        return attempted;
    }

    private Registration attempt(Registration registration) {
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("operation", "putConsignmentIdentifiers");
        details.put("direction", "to-gate");
        details.put("version", registration.version());
        details.put("attempt", registration.attempts() + 1);
        Registration next;
        try {
            StoredNote note = notes.findById(registration.datasetId()).orElseThrow(
                    () -> new IllegalStateException("no note " + registration.datasetId() + " for its registration"));
            gate.putIdentifiers(registration.datasetId(), dataSets.identifiers(note));
            next = registration.delivered(now);
            details.put("outcome", "delivered");
        } catch (RuntimeException e) {
            // Whatever failed (the gate, or a note that cannot be mapped), the registration waits
            // its back-off and is tried again, rather than blocking the outbox or being dropped.
            next = registration.failed(now, e.getMessage(), config.outbox().initialBackoff(),
                    config.outbox().maxBackoff());
            details.put("outcome", "failed");
            details.put("error", String.valueOf(e.getMessage()));
            details.put("nextAttemptAt", next.nextAttemptAt().toString());
            LOG.debugf("Registration of %s failed (attempt %d): %s", registration.datasetId(), next.attempts(),
                    e.getMessage());
        }
        audit.append(new AuditEvent(AuditEventType.GATE_EXCHANGE, ACTOR, "system", Optional.empty(),
                Optional.of(registration.datasetId()), Optional.empty(), Optional.empty(), details));
        return next;
    }
}
