package eu.ecmr.accesspoint.efti;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.ecmr.accesspoint.audit.AccessLog;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;

/** Stores a follow-up and its access-log entry in one transaction: one is never kept without the other. */
@ApplicationScoped
class FollowUpRecorder {

    private final FollowUpStore store;
    private final AccessLog accessLog;

    FollowUpRecorder(FollowUpStore store, AccessLog accessLog) {
        this.store = store;
        this.accessLog = accessLog;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(FollowUp followUp, Caller caller, RequestPurpose purpose, Map<String, Object> details) {
        store.add(followUp);
        accessLog.authorityAccess(AuditEventType.FOLLOW_UP, caller, purpose, followUp.datasetId(), details);
    }
}
