package eu.ecmr.accesspoint.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Looks every few seconds whether a checkpoint is due (N entries or T time since the last one). */
@ApplicationScoped
class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class);

    private final Checkpoints checkpoints;

    CheckpointSchedule(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(every = "${ecmr.audit.checkpoint-check:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void checkpointIfDue() {
        try {
            checkpoints.checkpointIfDue().ifPresent(c -> LOG.infof("Audit checkpoint at tree size %d", c.treeSize()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not make an audit checkpoint; will try again");
        }
    }
}
