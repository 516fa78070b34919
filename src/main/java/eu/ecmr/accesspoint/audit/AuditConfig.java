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

    /** How concurrent requests' entries are committed together. */
    Writer writer();

    interface Writer {

        /**
         * Entries waiting for the writer; a request that finds the queue full is answered 503 at
         * once instead of queueing behind seconds of work. Default 2000.
         */
        @WithDefault("2000")
        int queueCapacity();

        /** The most entries committed in one transaction. Default 250. */
        @WithDefault("250")
        int batchLimit();

        /** How long a request waits for its entry to be committed before it is answered 503. Default PT10S. */
        @WithDefault("PT10S")
        Duration commitTimeout();
    }
}
