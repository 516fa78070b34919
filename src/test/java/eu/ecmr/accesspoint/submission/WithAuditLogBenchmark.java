package eu.ecmr.accesspoint.submission;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Submissions as the Access Point makes them: each note committed with its audit entry. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = "bench", matches = "submission")
class WithAuditLogBenchmark extends SubmissionThroughputBenchmark {

    @Override
    String label() {
        return "with-audit-log";
    }
}
