package eu.ecmr.accesspoint.efti;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The e-FTI gate this Access Point registers notes with, and how the registrations are delivered.
 * The UIL's ids ({@code ecmr.platform.platform-id}, {@code ecmr.platform.gate-id}) are the
 * platform's own names and live in {@code PlatformConfig}, beside the receipts that carry them.
 */
@ConfigMapping(prefix = "ecmr.efti")
public interface EftiConfig {

    Gate gate();

    Outbox outbox();

    interface Gate {

        /**
         * The gate's base URL; identifiers go to {@code <base-url>/v0/consignments/{datasetId}}.
         * No default: without a gate nothing is registered (the platform API for gates still answers).
         */
        Optional<URI> baseUrl();

        /** Time allowed to open a connection to the gate. Default {@code PT2S} (2 seconds). */
        @WithDefault("PT2S")
        Duration connectTimeout();

        /** Time allowed for one whole exchange with the gate. Default {@code PT5S} (5 seconds). */
        @WithDefault("PT5S")
        Duration requestTimeout();

        /**
         * The OAuth 2.0 token endpoint for the client-credentials grant (RFC 6749 s.4.4) the gate
         * trusts; none by default, and then requests carry no token. Set with {@code client-id} and
         * {@code client-secret}.
         */
        Optional<URI> tokenUrl();

        /** This platform's client id at {@code token-url}; none by default. */
        Optional<String> clientId();

        /** This platform's client secret at {@code token-url}; none by default. */
        Optional<String> clientSecret();
    }

    interface Outbox {

        /** How often the outbox is looked at for due registrations, as a Quarkus scheduler period. Default {@code 5s}. */
        @WithDefault("5s")
        String interval();

        /** Registrations delivered at most per look, by one instance. Default 100. */
        @WithDefault("100")
        int batchSize();

        /** Wait after the first failed delivery, doubled after each further one. Default {@code PT10S} (10 seconds). */
        @WithDefault("PT10S")
        Duration initialBackoff();

        /**
         * The longest wait between two attempts. Attempts never stop, so that no registration is
         * lost; an auditor sees those that keep failing. Default {@code PT15M} (15 minutes).
         */
        @WithDefault("PT15M")
        Duration maxBackoff();
    }
}
