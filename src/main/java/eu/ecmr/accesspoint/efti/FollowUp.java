package eu.ecmr.accesspoint.efti;

import java.time.Instant;
import java.util.UUID;

/** A follow-up message an authority sent about a note through its gate, as received. */
public record FollowUp(UUID id, UUID datasetId, Instant receivedAt, String gate, String requestId, String message) {
}
