package eu.ecmr.accesspoint.audit;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;

/**
 * Records what authorities look at. A read that cannot be logged is refused, never served
 * unlogged: the entry is committed before the answer is built.
 */
@ApplicationScoped
public class AccessLog {

    private final AuditLog log;

    AccessLog(AuditLog log) {
        this.log = log;
    }

    public void authorityAccess(AuditEventType type, Caller caller, RequestPurpose purpose, UUID noteId,
            Map<String, Object> details) {
        if (!caller.isAuthority()) {
            return;
        }
        try {
            log.append(AuditEvent.of(type, caller, purpose, noteId, details));
        } catch (RuntimeException e) {
            throw AccessPointException.of(ProblemKind.SERVICE_UNAVAILABLE,
                    "The access could not be recorded in the access log, so it is refused; try again later", e);
        }
    }
}
