package eu.ecmr.accesspoint.signature;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/** The JAdES {@code sigT} header parameter: the claimed signing time (ETSI TS 119 182-1 s.5.2.1). */
final class SigningTimeHeader {

    // RFC 3339 s.5.6 restricted to UTC with an upper-case 'Z', as JAdES requires; up to nanoseconds.
    // Hours stop at 23 because Instant.parse would read 24:00 as the next day; 60 is a leap second.
    private static final Pattern RFC3339_UTC = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,9})?Z");

    private SigningTimeHeader() {
    }

    static Instant parse(JsonNode sigT) {
        if (sigT == null) {
            throw invalid("sigT is required: the claimed signing time (ETSI TS 119 182-1 s.5.2.1)");
        }
        if (!sigT.isTextual() || !RFC3339_UTC.matcher(sigT.textValue()).matches()) {
            throw invalid("sigT must be an RFC 3339 date-time in UTC ending in 'Z', such as 2026-11-28T10:15:30Z");
        }
        try {
            return Instant.parse(sigT.textValue());
        } catch (DateTimeParseException e) {
            throw invalid("sigT '" + sigT.textValue() + "' is not a date-time that exists");
        }
    }

    private static AccessPointException invalid(String detail) {
        return AccessPointException.of(ProblemKind.INVALID_HEADER, detail);
    }
}
