package eu.ecmr.accesspoint.efti.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import eu.ecmr.accesspoint.efti.Registration;
import eu.ecmr.accesspoint.efti.RegistrationOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The outbox in the database. A registration is claimed with {@code FOR UPDATE SKIP LOCKED} and
 * its row stays locked until the attempt's outcome is committed, so two instances never attempt
 * one registration at once, and a crash (the transaction lost) leaves it due as it was.
 */
@ApplicationScoped
class DatabaseRegistrationOutbox implements RegistrationOutbox {

    private static final String NEXT_DUE = "select * from efti_registration where state = 'PENDING'"
            + " and next_attempt_at <= ?1 order by next_attempt_at, dataset_id limit 1 for update skip locked";

    private final EntityManager em;

    DatabaseRegistrationOutbox(EntityManager em) {
        this.em = em;
    }

    @Override
    public void enqueue(UUID datasetId, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.joiningExisting().run(() -> {
            int updated = em.createQuery("update RegistrationEntity set version = version + 1, state = 'PENDING',"
                    + " attempts = 0, nextAttemptAt = ?1 where datasetId = ?2")
                    .setParameter(1, at).setParameter(2, datasetId).executeUpdate();
            if (updated == 0) {
                RegistrationEntity e = new RegistrationEntity();
                e.datasetId = datasetId;
                e.state = Registration.State.PENDING.name();
                e.version = 1;
                e.attempts = 0;
                e.createdAt = at;
                e.nextAttemptAt = at;
                em.persist(e);
                em.flush();
            }
        });
    }

    @Override
    public boolean attemptNextDue(Instant now, UnaryOperator<Registration> attempt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<RegistrationEntity> due = em.createNativeQuery(NEXT_DUE, RegistrationEntity.class)
                    .setParameter(1, now).getResultList();
            if (due.isEmpty()) {
                return false;
            }
            RegistrationEntity row = due.get(0);
            Registration outcome = attempt.apply(toRegistration(row));
            row.state = outcome.state().name();
            row.deliveredVersion = outcome.deliveredVersion();
            row.attempts = outcome.attempts();
            row.nextAttemptAt = micros(outcome.nextAttemptAt());
            row.lastAttemptAt = micros(outcome.lastAttemptAt());
            row.lastError = outcome.lastError();
            row.deliveredAt = micros(outcome.deliveredAt());
            return true;
        });
    }

    @Override
    public Optional<Registration> find(UUID datasetId) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional
                .ofNullable(em.find(RegistrationEntity.class, datasetId)).map(DatabaseRegistrationOutbox::toRegistration));
    }

    @Override
    public List<Registration> list(Optional<Registration.State> state, int offset, int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            var query = state.isPresent()
                    ? em.createQuery("from RegistrationEntity where state = ?1 order by nextAttemptAt, datasetId",
                            RegistrationEntity.class).setParameter(1, state.get().name())
                    : em.createQuery("from RegistrationEntity order by nextAttemptAt, datasetId", RegistrationEntity.class);
            return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(DatabaseRegistrationOutbox::toRegistration).toList();
        });
    }

    private static Registration toRegistration(RegistrationEntity e) {
        return new Registration(e.datasetId, Registration.State.valueOf(e.state), e.version, e.deliveredVersion,
                e.attempts, e.createdAt, e.nextAttemptAt, e.lastAttemptAt, e.lastError, e.deliveredAt);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
