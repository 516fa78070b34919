package eu.ecmr.accesspoint.timestamp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TimeStampRequest;
import org.jboss.logging.Logger;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * An external TSA over HTTP (RFC 3161 s.3.4). The one adapter for it: timeouts, bounded retries with
 * back-off for I/O errors and 5xx, a circuit breaker, and every failure as TIMESTAMP_UNAVAILABLE.
 * A reply that fails validation is not retried: the TSA answered, and asking again would not make it right.
 */
public final class Rfc3161HttpTimestampAuthority implements TimestampAuthority {

    static final String QUERY_TYPE = "application/timestamp-query";
    static final String REPLY_TYPE = "application/timestamp-reply";
    /** A reply is a few kilobytes; anything near this is not a reply. */
    private static final int MAX_REPLY_BYTES = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(Rfc3161HttpTimestampAuthority.class);

    private final URI url;
    private final Duration requestTimeout;
    private final int retries;
    private final Duration retryBackoff;
    private final ASN1ObjectIdentifier policy;
    private final Optional<String> authorization;
    private final TimestampReplyValidator validator;
    private final CircuitBreaker breaker;
    private final HttpClient client;

    public Rfc3161HttpTimestampAuthority(TimestampConfig.Http config, TimestampReplyValidator validator, Clock clock) {
        this.url = config.url().orElseThrow(() -> new IllegalStateException(
                "ecmr.timestamp.http.url must be set when ecmr.timestamp.authority is HTTP"));
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalStateException("ecmr.timestamp.http.url must be an http or https URL");
        }
        if (config.retries() < 0) {
            throw new IllegalStateException("ecmr.timestamp.http.retries must not be negative");
        }
        this.requestTimeout = config.requestTimeout();
        this.retries = config.retries();
        this.retryBackoff = config.retryBackoff();
        this.policy = config.policy().map(Rfc3161HttpTimestampAuthority::policyOid).orElse(null);
        this.authorization = basicAuthorization(config);
        this.validator = validator;
        this.breaker = new CircuitBreaker(
                config.circuitBreaker().failureThreshold(), config.circuitBreaker().openFor(), clock);
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public TimestampReply timestamp(byte[] sha256Digest) {
        TimeStampRequest request = TimestampRequests.sha256(sha256Digest, policy);
        if (!breaker.allowsCall()) {
            throw unavailable("The timestamp authority is unavailable; try again later", null);
        }
        try {
            TimestampReply reply = exchangeWithRetries(request);
            breaker.recordSuccess();
            return reply;
        } catch (AccessPointException e) {
            if (breaker.recordFailure()) {
                LOG.warnf("The TSA keeps failing; timestamps fail fast for a while. Last failure: %s", e.getCause());
            }
            throw e;
        }
    }

    private TimestampReply exchangeWithRetries(TimeStampRequest request) {
        HttpRequest httpRequest = httpRequest(request);
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt == retries;
            HttpResponse<byte[]> response;
            try {
                response = send(httpRequest);
            } catch (IOException e) {
                if (last) {
                    throw unavailable("The timestamp authority could not be reached", e);
                }
                LOG.debugf("TSA attempt %d failed: %s", attempt + 1, e);
                pause(attempt);
                continue;
            }
            int status = response.statusCode();
            if (status == 200) {
                return validated(request, response.body());
            }
            IOException failure = new IOException("The TSA answered HTTP " + status);
            if (status < 500 || last) {
                throw unavailable("The timestamp authority did not issue a timestamp", failure);
            }
            LOG.debugf("TSA attempt %d failed: %s", attempt + 1, failure);
            pause(attempt);
        }
    }

    /** The request timeout bounds the whole exchange; HttpClient's own stops at the response headers. */
    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, BoundedBodySubscriber.handler(MAX_REPLY_BYTES));
        try {
            return exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("No complete reply within " + requestTimeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw unavailable("The timestamp authority did not issue a timestamp", e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable("The timestamp authority could not be reached", e);
        }
    }

    private TimestampReply validated(TimeStampRequest request, byte[] body) {
        try {
            return validator.validate(request, body);
        } catch (InvalidTimestampReplyException e) {
            throw unavailable("The timestamp authority's reply could not be accepted", e);
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(retryBackoff.toMillis() << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("The timestamp authority could not be reached", e);
        }
    }

    private HttpRequest httpRequest(TimeStampRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                    .timeout(requestTimeout)
                    .header("Content-Type", QUERY_TYPE)
                    .header("Accept", REPLY_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()));
            authorization.ifPresent(value -> builder.header("Authorization", value));
            return builder.build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a TimeStampReq", e);
        }
    }

    /** RFC 7617; the details are operator configuration, so the messages may name the properties. */
    private static Optional<String> basicAuthorization(TimestampConfig.Http config) {
        if (config.username().isPresent() != config.password().isPresent()) {
            throw new IllegalStateException("ecmr.timestamp.http.username and .password must be set together");
        }
        return config.username().map(user -> "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + config.password().get()).getBytes(StandardCharsets.UTF_8)));
    }

    private static ASN1ObjectIdentifier policyOid(String oid) {
        try {
            return new ASN1ObjectIdentifier(oid);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ecmr.timestamp.http.policy is not an OID: " + oid, e);
        }
    }

    private static AccessPointException unavailable(String detail, Throwable cause) {
        return AccessPointException.of(ProblemKind.TIMESTAMP_UNAVAILABLE, detail, cause);
    }
}
