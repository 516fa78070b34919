package eu.ecmr.accesspoint.efti;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.audit.AccessLog;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;
import eu.ecmr.accesspoint.submission.ConsignmentNoteStore;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * Keeps an authority's follow-up message about a note, sent through a gate, to be shown with the
 * note. The message and its access-log entry are stored together or not at all.
 */
@ApplicationScoped
public class RecordFollowUp {

    /** Characters (code points) a message may have. */
    public static final int MAX_MESSAGE_LENGTH = 10_000;

    private final ConsignmentNoteStore notes;
    private final FollowUpRecorder recorder;
    private final AccessLog accessLog;
    private final Clock clock;

    RecordFollowUp(ConsignmentNoteStore notes, FollowUpRecorder recorder, AccessLog accessLog, Clock clock) {
        this.notes = notes;
        this.recorder = recorder;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public FollowUp record(Caller caller, RequestPurpose purpose, String datasetId, String message) {
        String text = message == null ? "" : message.strip();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("operation", "postConsignmentFollowup");
        details.put("direction", "from-gate");
        details.put("datasetId", datasetId.length() > 64 ? datasetId.substring(0, 64) + "..." : datasetId);
        details.put("length", text.codePointCount(0, text.length()));
        Optional<StoredNote> note = DatasetIds.id(datasetId).flatMap(notes::findById);
        String refusal = text.isEmpty() ? "The follow-up message is empty"
                : text.codePointCount(0, text.length()) > MAX_MESSAGE_LENGTH
                        ? "The follow-up message must not exceed " + MAX_MESSAGE_LENGTH + " characters"
                        : text.codePoints().anyMatch(RecordFollowUp::isForbiddenControl)
                                ? "The follow-up message must be text without control characters other than line breaks and tabs"
                                : null;
        if (note.isEmpty() || refusal != null) {
            details.put("found", note.isPresent());
            if (refusal != null) {
                details.put("refused", refusal);
            }
            accessLog.authorityAccess(AuditEventType.FOLLOW_UP, caller, purpose, note.map(StoredNote::id).orElse(null),
                    details);
            throw note.isEmpty() ? DatasetIds.notFound(datasetId)
                    : AccessPointException.of(ProblemKind.INVALID_PARAMETER, refusal);
        }
        FollowUp followUp = new FollowUp(UUID.randomUUID(), note.get().id(), clock.instant(), caller.subject(),
                purpose.requestId(), text);
        details.put("followUpId", followUp.id().toString());
        recorder.record(followUp, caller, purpose, details);
        return followUp;
    }

    private static boolean isForbiddenControl(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
    }
}
