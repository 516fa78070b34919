package eu.ecmr.accesspoint.submission;

import java.util.Set;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The same submissions with the audit log replaced by {@link UnrecordedAuditLog}: the baseline. */
@QuarkusTest
@TestProfile(WithoutAuditLogBenchmark.Unrecorded.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = "bench", matches = "submission")
class WithoutAuditLogBenchmark extends SubmissionThroughputBenchmark {

    public static class Unrecorded implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(UnrecordedAuditLog.class);
        }
    }

    @Override
    String label() {
        return "without-audit-log";
    }
}
