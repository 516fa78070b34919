package eu.ecmr.accesspoint.inspection;

import java.time.Instant;
import java.util.Optional;

/**
 * A search for notes: any of the keys, and a time window on submission or on taking over of the
 * goods; {@code vehicle} is compared without case, spaces or dashes. Pages count from 0.
 */
public record NoteQuery(
        Optional<String> ecmrNumber,
        Optional<String> vehicle,
        Optional<String> carrierId,
        Optional<Instant> from,
        Optional<Instant> to,
        TimeField timeField,
        int page,
        int size) {

    public enum TimeField {
        /** When the Access Point received the note. */
        RECEIVED,
        /** The date the carrier took the goods over (CMR art. 6(1)(d)). */
        TAKING_OVER
    }

    /** The same query limited to one carrier's notes. */
    public NoteQuery onlyOf(String carrier) {
        return new NoteQuery(ecmrNumber, vehicle, Optional.of(carrier), from, to, timeField, page, size);
    }
}
