package eu.ecmr.accesspoint.signature;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads the CRL files named by {@link TrustConfig} once, for every revocation check. */
@ApplicationScoped
class RevocationCheckerProducer {

    @Produces
    @Singleton
    RevocationChecker revocationChecker(TrustConfig config, Clock clock) {
        return RevocationChecker.fromConfig(config, clock);
    }

    /**
     * Injecting the checker here creates it at start-up, so that, as for the trust anchors, a
     * missing or unreadable CRL file stops start-up rather than the first submission.
     */
    void loadAtStartUp(@Observes Startup event, RevocationChecker checker) {
        // nothing more to do
    }
}
