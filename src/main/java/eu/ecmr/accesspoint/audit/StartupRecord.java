package eu.ecmr.accesspoint.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;

import org.jboss.logging.Logger;

import eu.ecmr.accesspoint.signature.TrustAnchors;
import eu.ecmr.accesspoint.timestamp.TimestampConfig;

/**
 * Records in the history what this instance started with and trusts: the signers' trust anchors,
 * the timestamp authority in use and the seal, so an auditor sees every change of them.
 */
@ApplicationScoped
class StartupRecord {

    private static final Logger LOG = Logger.getLogger(StartupRecord.class);

    void record(@Observes Startup startup, AuditLog log, TrustAnchors anchors, TimestampConfig timestamps,
            CheckpointSeal seal) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("signerTrustAnchors", anchors.certificates().stream()
                .map(c -> c.getSubjectX500Principal().getName()).toList());
        details.put("timestampAuthority", timestamps.authority() == TimestampConfig.Authority.HTTP
                ? timestamps.http().url().map(Object::toString).orElse("http") : "built-in");
        details.put("timestampTrustAnchors", timestamps.trustAnchors().stream().map(Object::toString).toList());
        details.put("seal", seal.certificate().getSubjectX500Principal().getName());
        try {
            log.append(new AuditEvent(AuditEventType.STARTUP, "access-point", "system", Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), details));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record the start-up configuration in the audit log");
        }
    }
}
