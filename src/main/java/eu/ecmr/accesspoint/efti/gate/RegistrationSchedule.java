package eu.ecmr.accesspoint.efti.gate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import eu.ecmr.accesspoint.efti.DeliverRegistrations;
import eu.ecmr.accesspoint.efti.EftiConfig;
import io.quarkus.scheduler.Scheduled;

/** Looks at the outbox every {@code ecmr.efti.outbox.interval} and delivers what is due, when a gate is configured. */
@ApplicationScoped
class RegistrationSchedule {

    private static final Logger LOG = Logger.getLogger(RegistrationSchedule.class);

    private final DeliverRegistrations deliver;
    private final EftiConfig config;

    RegistrationSchedule(DeliverRegistrations deliver, EftiConfig config) {
        this.deliver = deliver;
        this.config = config;
    }

    @Scheduled(identity = "efti-registrations", every = "${ecmr.efti.outbox.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "2s")
    void deliverDue() {
        if (config.gate().baseUrl().isEmpty()) {
            return;
        }
        try {
            int attempted = deliver.deliverDue();
            if (attempted > 0) {
                LOG.debugf("Attempted %d gate registrations", attempted);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not deliver gate registrations; will try again");
        }
    }
}
