package eu.ecmr.accesspoint.overload;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the Access Point sheds load beyond its capacity (docs/OVERLOAD.md): expensive requests in
 * progress are bounded, and each client's request rate is limited.
 */
@ConfigMapping(prefix = "ecmr.overload")
public interface OverloadConfig {

    /**
     * Submissions in progress at once, counted from their arrival (so those waiting for a worker
     * thread count too); one more is answered 503 with Retry-After at once. A submission costs about
     * 6 ms of CPU, so 64 is some 200 ms of work on two cores. Default 64.
     */
    @WithDefault("64")
    int maxSubmissionsInFlight();

    /** PDF copies being served at once (a first one is rendered and sealed); beyond it 503. Default 32. */
    @WithDefault("32")
    int maxPdfsInFlight();

    RateLimit rateLimit();

    /** A token bucket per client: the token's subject (a carrier's service account, an inspector). */
    interface RateLimit {

        /** Whether requests are limited per client at all. Default true. */
        @WithDefault("true")
        boolean enabled();

        /** Requests per second one client may make, sustained. Default 50. */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests one client may make at once after a quiet spell (the bucket's size). Default 100. */
        @WithDefault("100")
        int burst();

        /**
         * Clients whose buckets are kept; past it, full buckets (idle clients, who lose nothing) are
         * dropped first, then any. Bounds the limiter's memory to about 100 bytes each. Default 10000.
         */
        @WithDefault("10000")
        int maxClients();
    }
}
