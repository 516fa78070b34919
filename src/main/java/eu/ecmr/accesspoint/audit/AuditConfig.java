package eu.ecmr.accesspoint.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ecmr.audit")
public interface AuditConfig {

    /** A checkpoint is made once this many entries were added since the last one. Default 1000. */
    @WithDefault("1000")
    long checkpointEveryEntries();

    /** ... or once this much time has passed since the last one, if any entry was added. Default PT60S. */
    @WithDefault("PT60S")
    Duration checkpointEvery();
}
