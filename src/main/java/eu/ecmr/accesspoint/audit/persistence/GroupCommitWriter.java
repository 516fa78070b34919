package eu.ecmr.accesspoint.audit.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import eu.ecmr.accesspoint.audit.AuditConfig;
import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Commits the entries of concurrent requests together. Every append holds the log's one row lock
 * until its transaction commits, so one append per transaction caps the whole Access Point at one
 * disk flush per entry (about 300 a second here). One writer thread per instance instead takes
 * whatever is waiting, appends it in one transaction and one flush, and wakes each request once
 * its own entry is committed: no answer leaves before its record exists.
 */
@ApplicationScoped
class GroupCommitWriter {

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class);

    private record Unit(AuditEvent event, Runnable alongside, CompletableFuture<AuditEntry> committed) {
    }

    private final LogTail tail;
    private final AuditConfig.Writer config;
    private final BlockingQueue<Unit> waiting;
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitWriter(LogTail tail, AuditConfig config) {
        this.tail = tail;
        this.config = config.writer();
        this.waiting = new ArrayBlockingQueue<>(this.config.queueCapacity());
        this.thread = new Thread(this::run, "audit-writer");
        this.thread.setDaemon(true);
    }

    @PostConstruct
    void start() {
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        thread.join(config.commitTimeout().toMillis());
    }

    /**
     * Appends the event, after running {@code alongside} in the same transaction, and returns once
     * both are committed.
     *
     * @throws AccessPointException (service unavailable) when the queue is full or the commit does
     *         not come in time
     */
    AuditEntry write(AuditEvent event, Runnable alongside) {
        Unit unit = new Unit(event, alongside, new CompletableFuture<>());
        if (!running || !waiting.offer(unit)) {
            throw backlog("the audit log has more appends waiting than it accepts ("
                    + config.queueCapacity() + ")");
        }
        try {
            return unit.committed().get(config.commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw backlog("the audit entry was not committed within " + config.commitTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw backlog("interrupted while waiting for the audit entry's commit");
        }
    }

    private static AccessPointException backlog(String why) {
        return AccessPointException.of(ProblemKind.SERVICE_UNAVAILABLE,
                "The Access Point is busy recording its history (" + why + "); try again shortly");
    }

    private void run() {
        List<Unit> batch = new ArrayList<>(config.batchLimit());
        while (running || !waiting.isEmpty()) {
            try {
                Unit first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, config.batchLimit() - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("The audit writer failed a batch", e);
                batch.forEach(u -> u.committed().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Unit> batch) {
        try {
            List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(() -> {
                batch.forEach(u -> u.alongside().run());
                return tail.append(batch.stream().map(Unit::event).toList());
            });
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).committed().complete(entries.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).committed().completeExceptionally(e);
                return;
            }
            // One unit's own work may have failed (a note that lost a race for its number): commit
            // each on its own, so that only that one fails.
            for (Unit unit : batch) {
                commit(List.of(unit));
            }
        }
    }
}
