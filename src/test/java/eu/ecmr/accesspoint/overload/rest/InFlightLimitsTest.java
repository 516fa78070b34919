package eu.ecmr.accesspoint.overload.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.overload.InFlightLimit;
import eu.ecmr.accesspoint.overload.OverloadConfig;
import io.vertx.core.http.HttpMethod;

/** Which requests count against which bound: submissions, PDF copies (API and handheld), nothing else. */
class InFlightLimitsTest {

    private final InFlightLimits limits = new InFlightLimits(new Bounds(), new ObjectMapper());

    @Test
    void countsSubmissionsAndPdfCopiesOnly() {
        assertThat(work(HttpMethod.POST, "/api/v1/consignment-notes")).contains("submissions");
        assertThat(work(HttpMethod.GET, "/api/v1/consignment-notes/3f1c2a9e-5b7d-4e8a-9c61-2d4b8f0e7a15/pdf"))
                .contains("PDF copies");
        assertThat(work(HttpMethod.GET, "/inspect/api/notes/3f1c2a9e-5b7d-4e8a-9c61-2d4b8f0e7a15/pdf")).contains("PDF copies");

        assertThat(limits.limitFor(HttpMethod.GET, "/api/v1/consignment-notes")).isNull();
        assertThat(limits.limitFor(HttpMethod.GET, "/api/v1/consignment-notes/x/original")).isNull();
        assertThat(limits.limitFor(HttpMethod.POST, "/api/v1/consignment-notes/x/verification")).isNull();
        assertThat(limits.limitFor(HttpMethod.GET, "/api/v1/consignment-notes/x/pdf/extra")).isNull();
    }

    private String work(HttpMethod method, String path) {
        InFlightLimit limit = limits.limitFor(method, path);
        assertThat(limit).as(method + " " + path).isNotNull();
        return limit.describe();
    }

    private static final class Bounds implements OverloadConfig {
        @Override
        public int maxSubmissionsInFlight() {
            return 64;
        }

        @Override
        public int maxPdfsInFlight() {
            return 32;
        }

        @Override
        public RateLimit rateLimit() {
            throw new UnsupportedOperationException();
        }
    }
}
