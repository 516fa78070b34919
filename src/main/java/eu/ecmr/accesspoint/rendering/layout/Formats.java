package eu.ecmr.accesspoint.rendering.layout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import eu.ecmr.accesspoint.document.Address;
import eu.ecmr.accesspoint.document.MonetaryAmount;
import eu.ecmr.accesspoint.document.Party;

/** How values of the note are written on the form: as submitted, numbers unrounded, times in UTC. */
final class Formats {

    private Formats() {
    }

    static List<String> address(Address address) {
        List<String> lines = new ArrayList<>();
        if (address == null) {
            return lines;
        }
        addIfPresent(lines, address.street());
        String city = join(" ", address.postcode(), address.city());
        addIfPresent(lines, join(" ", city, address.countryCode() == null ? null : "(" + address.countryCode() + ")"));
        return lines;
    }

    static String party(Party party) {
        if (party == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, party.name());
        parts.addAll(address(party.address()));
        return String.join(", ", parts);
    }

    static String amount(MonetaryAmount amount) {
        if (amount == null || amount.amount() == null) {
            return null;
        }
        return number(amount.amount()) + (amount.currency() == null ? "" : " " + amount.currency());
    }

    /** Longest plain form written; beyond it (1e-999999999 would be a billion digits) the exponent form. */
    private static final int MAX_PLAIN_DIGITS = 64;

    /** The number as submitted: 1250.00 stays 1250.00, no rounding, no exponent (unless absurdly long). */
    static String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return Math.abs((long) value.scale()) > MAX_PLAIN_DIGITS ? value.toString() : value.toPlainString();
    }

    /** UTC to the millisecond where there is one, e.g. 2026-11-27T07:21:04.512Z. */
    static String instant(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            addIfPresent(present, part);
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    private static void addIfPresent(List<String> to, String value) {
        if (value != null && !value.isBlank()) {
            to.add(value);
        }
    }
}
