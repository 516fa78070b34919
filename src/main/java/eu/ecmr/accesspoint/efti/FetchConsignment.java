package eu.ecmr.accesspoint.efti;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.audit.AccessLog;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;
import eu.ecmr.accesspoint.submission.ConsignmentNoteStore;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * A gate fetches a note in the requested subsets of the common data set, on behalf of an authority
 * of any member state (Regulation (EU) 2020/1056 art. 9). Every request, answered or refused, is in
 * the access log (dataset, subsets, request id, time: Implementing Regulation (EU) 2024/1942) before
 * anything is answered.
 */
@ApplicationScoped
public class FetchConsignment {

    private static final int MAX_LOGGED = 500;

    private final ConsignmentNoteStore notes;
    private final DataSets dataSets;
    private final AccessLog accessLog;

    FetchConsignment(ConsignmentNoteStore notes, DataSets dataSets, AccessLog accessLog) {
        this.notes = notes;
        this.dataSets = dataSets;
        this.accessLog = accessLog;
    }

    public byte[] fetch(Caller caller, RequestPurpose purpose, String datasetId, List<String> subsetIds) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("operation", "getConsignmentSubsets");
        details.put("direction", "from-gate");
        details.put("datasetId", datasetId.length() > 64 ? datasetId.substring(0, 64) + "..." : datasetId);
        details.put("subsetIds", asked(subsetIds));
        Optional<UUID> id = DatasetIds.id(datasetId);
        Set<String> subsets;
        try {
            subsets = dataSets.subsets(subsetIds);
        } catch (AccessPointException refused) {
            details.put("refused", refused.getMessage());
            accessLog.authorityAccess(AuditEventType.GATE_EXCHANGE, caller, purpose, null, details);
            throw refused;
        }
        Optional<StoredNote> note = id.flatMap(notes::findById);
        details.put("found", note.isPresent());
        accessLog.authorityAccess(AuditEventType.GATE_EXCHANGE, caller, purpose, note.map(StoredNote::id).orElse(null),
                details);
        return dataSets.commonDataSet(note.orElseThrow(() -> DatasetIds.notFound(datasetId)), subsets);
    }

    /** The subsets as asked for, bounded so that no request can overflow its audit entry. */
    private static String asked(List<String> subsetIds) {
        String joined = subsetIds == null ? "" : String.join(",", subsetIds);
        return joined.length() > MAX_LOGGED ? joined.substring(0, MAX_LOGGED) + "..." : joined;
    }
}
