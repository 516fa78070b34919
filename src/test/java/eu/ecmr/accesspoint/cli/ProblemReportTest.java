package eu.ecmr.accesspoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProblemReportTest {

    private static final String REQUEST = "POST /api/v1/consignment-notes";

    @Test
    void namesTheTitleTheDetailEachBadFieldTheTypeAndTheCorrelationId() {
        String body = """
                {"type":"urn:ecmr:problem:content-invalid","title":"The e-CMR document is not valid","status":422,
                 "detail":"2 fields are not valid","instance":"/api/v1/consignment-notes","correlationId":"c-1",
                 "errors":[{"pointer":"/goods/0/packages","detail":"must be greater than 0"},
                           {"pointer":"/consignee/address/countryCode","detail":"must be an ISO 3166-1 alpha-2 code"}]}""";

        String report = ProblemReport.describe(REQUEST, 422, "application/problem+json", "", utf8(body));

        assertThat(report.lines()).containsExactly(
                REQUEST + " refused (422): The e-CMR document is not valid",
                "  2 fields are not valid",
                "  - /goods/0/packages: must be greater than 0",
                "  - /consignee/address/countryCode: must be an ISO 3166-1 alpha-2 code",
                "  type: urn:ecmr:problem:content-invalid",
                "  correlation id: c-1");
    }

    @Test
    void saysWhenToTryAgain() {
        String body = "{\"type\":\"urn:ecmr:problem:identity-provider-unavailable\",\"title\":\"The identity provider cannot"
                + " be reached to check the token\",\"status\":503}";

        String report = ProblemReport.describe(REQUEST, 503, "application/problem+json", "10", utf8(body));

        assertThat(report).contains("failed (503): The identity provider cannot be reached")
                .endsWith("The Access Point asks to try again in 10 s.");
    }

    @Test
    void showsAnAnswerThatIsNotAProblemByStatusAndBody() {
        String report = ProblemReport.describe(REQUEST, 502, "text/html", "", utf8("<html>Bad Gateway</html>"));

        assertThat(report).isEqualTo(REQUEST + ": HTTP 502\n  <html>Bad Gateway</html>");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
