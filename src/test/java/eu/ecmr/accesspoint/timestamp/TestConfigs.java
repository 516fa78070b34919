package eu.ecmr.accesspoint.timestamp;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Plain implementations of the configuration interfaces, so the TSAs are built without CDI. */
final class TestConfigs {

    private TestConfigs() {
    }

    record Settings(Authority authority, List<Path> trustAnchors, BuiltIn builtIn, Http http) implements TimestampConfig {
    }

    record BuiltInSettings(Path keystore, String password, String policy) implements TimestampConfig.BuiltIn {

        static BuiltInSettings sample() {
            return new BuiltInSettings(TestPki.TSA_P12, "changeit", TestPki.POLICY);
        }
    }

    record BreakerSettings(int failureThreshold, Duration openFor) implements TimestampConfig.CircuitBreakerConfig {
    }

    /** Short timeouts so that failure tests stay quick. */
    record HttpSettings(Optional<URI> url, Duration connectTimeout, Duration requestTimeout, int retries,
            Duration retryBackoff, Optional<String> policy, Optional<String> username, Optional<String> password,
            TimestampConfig.CircuitBreakerConfig circuitBreaker) implements TimestampConfig.Http {

        static HttpSettings to(URI url) {
            return new HttpSettings(Optional.ofNullable(url), Duration.ofMillis(500), Duration.ofMillis(500), 2,
                    Duration.ofMillis(20), Optional.empty(), Optional.empty(), Optional.empty(),
                    new BreakerSettings(100, Duration.ofSeconds(30)));
        }

        HttpSettings withRetries(int value) {
            return new HttpSettings(url, connectTimeout, requestTimeout, value, retryBackoff, policy, username, password,
                    circuitBreaker);
        }

        HttpSettings withCredentials(String user, String secret) {
            return new HttpSettings(url, connectTimeout, requestTimeout, retries, retryBackoff, policy,
                    Optional.of(user), Optional.of(secret), circuitBreaker);
        }

        HttpSettings withBreaker(int failureThreshold, Duration openFor) {
            return new HttpSettings(url, connectTimeout, requestTimeout, retries, retryBackoff, policy, username, password,
                    new BreakerSettings(failureThreshold, openFor));
        }

        /** Upper bound for a call that fails every attempt: each attempt's timeout plus every back-off. */
        Duration worstCase() {
            Duration total = requestTimeout.multipliedBy(retries + 1L);
            for (int attempt = 0; attempt < retries; attempt++) {
                total = total.plus(retryBackoff.multipliedBy(1L << attempt));
            }
            return total;
        }
    }
}
