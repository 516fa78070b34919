package eu.ecmr.accesspoint.overload;

import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * With one submission in progress allowed, a second is answered 503 with Retry-After at once,
 * stores nothing, and submissions are accepted again once the first is gone. The first is held in
 * progress by a client that sends half its body and waits, as a slow or stalled client would.
 */
@QuarkusTest
@TestProfile(SubmissionsInFlightTest.OneAtATime.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubmissionsInFlightTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ecmr.overload.max-submissions-in-flight", "1");
        }
    }

    @TestHTTPResource("/")
    URL base;
    @Inject
    StoredRows stored;

    @Test
    void aSubmissionBeyondTheBoundIs503AndTheBoundFreesItself() throws IOException {
        String jws = SampleSigner.carrierA().sign(SampleNotes.document());
        long notesBefore = stored.notes();

        try (Socket stalled = halfSentSubmission()) {
            problem(submitCompact(TestTokens.carrierA(), jws), 503, "service-unavailable")
                    .header("Retry-After", "1").header("Connection", "close");
            assertThat(stored.notes()).isEqualTo(notesBefore);
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> submitCompact(TestTokens.carrierA(), jws).extract().statusCode() == 201);
    }

    /** A submission whose headers promise 1000 bytes, of which 10 are sent. */
    private Socket halfSentSubmission() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/consignment-notes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.carrierA() + "\r\nContent-Type: application/jose\r\nContent-Length: 1000\r\n\r\n0123456789")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // The second submission must find this one counted; the count is taken on the event loop.
        await().atMost(Duration.ofSeconds(10)).until(() -> submitCompact(TestTokens.carrierA(), "x.y.z")
                .extract().statusCode() == 503);
        return socket;
    }
}
