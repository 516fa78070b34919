package eu.ecmr.accesspoint.timestamp;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which RFC 3161 timestamp authority stamps accepted notes, and how it is trusted and reached. */
@ConfigMapping(prefix = "ecmr.timestamp")
public interface TimestampConfig {

    /** {@code BUILT_IN} (in-process TSA, the default) or {@code HTTP} (an external TSA at {@code http.url}). */
    @WithDefault("BUILT_IN")
    Authority authority();

    /**
     * PEM files holding the certificates a TSA certificate must chain to, whichever TSA is used.
     * Default {@code certs-sample/root-ca.pem} (the demo root), relative to the working directory.
     */
    @WithDefault("certs-sample/root-ca.pem")
    List<Path> trustAnchors();

    BuiltIn builtIn();

    Http http();

    enum Authority {
        BUILT_IN, HTTP
    }

    interface BuiltIn {

        /** PKCS#12 file with the TSA's key and chain; its first key entry is used. Default {@code certs-sample/tsa.p12}. */
        @WithDefault("certs-sample/tsa.p12")
        Path keystore();

        /** Password of the keystore and of its key. Default {@code changeit} (the demo PKI's). */
        @WithDefault("changeit")
        String password();

        /**
         * TSA policy OID written into every token (RFC 3161 s.2.4.2, {@code policy}). The default,
         * {@code 1.3.6.1.4.1.99999.1.1}, is a placeholder: a real deployment sets the OID of its own
         * published TSA policy (ETSI EN 319 421).
         */
        @WithDefault("1.3.6.1.4.1.99999.1.1")
        String policy();
    }

    interface Http {

        /** The TSA's URL (RFC 3161 s.3.4). No default; required when {@code authority} is {@code HTTP}. */
        Optional<URI> url();

        /** Time allowed to open a connection. Default {@code PT2S} (2 seconds). */
        @WithDefault("PT2S")
        Duration connectTimeout();

        /** Time allowed for one whole exchange, reply body included. Default {@code PT5S} (5 seconds). */
        @WithDefault("PT5S")
        Duration requestTimeout();

        /** Further attempts after an I/O error, a timeout or a 5xx answer. Default 2. */
        @WithDefault("2")
        int retries();

        /** Pause before the first retry, doubled before each further one. Default {@code PT0.2S} (200 ms). */
        @WithDefault("PT0.2S")
        Duration retryBackoff();

        /** TSA policy OID to request ({@code reqPolicy}); none by default, so the TSA applies its own. */
        Optional<String> policy();

        /** User for HTTP Basic authentication (RFC 7617); none by default. Set together with {@code password}. */
        Optional<String> username();

        /** Password for HTTP Basic authentication; none by default. */
        Optional<String> password();

        CircuitBreakerConfig circuitBreaker();
    }

    interface CircuitBreakerConfig {

        /** Consecutive failed timestamps after which calls fail fast. Default 5. */
        @WithDefault("5")
        int failureThreshold();

        /** How long calls fail fast before the TSA is tried again. Default {@code PT30S} (30 seconds). */
        @WithDefault("PT30S")
        Duration openFor();
    }
}
