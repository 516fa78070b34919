package eu.ecmr.accesspoint.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a search shows of each note: enough to pick the right one at the roadside. */
public record NoteSummary(
        UUID id,
        String ecmrNumber,
        String carrierId,
        String vehicleRegistration,
        LocalDate takingOverDate,
        Instant receivedAt) {
}
