package eu.ecmr.accesspoint.timestamp;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Picks the TSA strategy named by {@code ecmr.timestamp.authority}. */
@ApplicationScoped
public class TimestampAuthorityProducer {

    private final TimestampAuthority authority;

    @Inject
    TimestampAuthorityProducer(TimestampConfig config, Clock clock) {
        this.authority = create(config, clock);
    }

    @Produces
    @ApplicationScoped
    TimestampAuthority timestampAuthority() {
        return authority;
    }

    /**
     * Creating this bean loads the keys and checks the configuration; observing start-up (CDI 4.0's
     * portable event) makes that happen now, so a bad configuration stops the start-up, not the first note.
     */
    void atStartup(@Observes Startup event) {
    }

    static TimestampAuthority create(TimestampConfig config, Clock clock) {
        TimestampReplyValidator validator = TimestampReplyValidator.fromPemFiles(config.trustAnchors());
        return switch (config.authority()) {
            case BUILT_IN -> BuiltInTimestampAuthority.fromConfig(config.builtIn(), clock, validator);
            case HTTP -> new Rfc3161HttpTimestampAuthority(config.http(), validator, clock);
        };
    }
}
