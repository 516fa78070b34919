package eu.ecmr.accesspoint.efti.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The e-CMR's values in the forms and lengths of the e-FTI schema's types ({@code types.xsd}). */
final class Values {

    /** UN/EDIFACT 2379: 102 CCYYMMDD, 205 CCYYMMDDHHMMZHHMM. */
    static final String DATE = "102";
    static final String DATE_TIME_WITH_OFFSET = "205";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter MINUTE_AND_OFFSET =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmxx", Locale.ROOT);
    /** ETSI EN 319 412-1 s.5.1.4: three letters of scheme, two of country, '-', the identifier. */
    private static final Pattern ETSI_IDENTIFIER = Pattern.compile("([A-Z]{3})([A-Z]{2})-(.+)");

    private Values() {
    }

    static Map<String, String> format(String formatId) {
        return Map.of("formatId", formatId);
    }

    static String date(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    static String dateTime(OffsetDateTime time) {
        return time == null ? null : MINUTE_AND_OFFSET.format(time);
    }

    static String dateTime(Instant time) {
        return time == null ? null : MINUTE_AND_OFFSET.format(time.atOffset(ZoneOffset.UTC));
    }

    /** MeasureValue: at most 6 fraction digits. */
    static String measure(BigDecimal value) {
        return value == null ? null : decimal(value, 6);
    }

    /** AmountValue: at most 3 fraction digits. */
    static String amount(BigDecimal value) {
        return value == null ? null : decimal(value, 3);
    }

    private static String decimal(BigDecimal value, int maxScale) {
        BigDecimal v = value.scale() > maxScale ? value.setScale(maxScale, RoundingMode.HALF_EVEN) : value;
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * A text cut into pieces of at most {@code max} characters (code points, as XSD counts them),
     * for elements that may repeat: nothing is lost to the schema's length limits.
     */
    static List<String> pieces(String text, int max) {
        List<String> pieces = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return pieces;
        }
        int[] codePoints = text.strip().codePoints().toArray();
        for (int from = 0; from < codePoints.length; from += max) {
            pieces.add(new String(codePoints, from, Math.min(max, codePoints.length - from)).strip());
        }
        pieces.removeIf(String::isEmpty);
        return pieces;
    }

    /** The text when it fits into {@code max} characters, for elements that occur once: never cut short. */
    static Optional<String> fitting(String text, int max) {
        return text == null || text.isBlank() || text.codePointCount(0, text.length()) > max
                ? Optional.empty() : Optional.of(text.strip());
    }

    /** An ETSI EN 319 412-1 identifier split into its scheme (VATNL) and the identifier proper. */
    record EtsiIdentifier(String scheme, String type, String value) {

        static Optional<EtsiIdentifier> parse(String id) {
            if (id == null) {
                return Optional.empty();
            }
            Matcher m = ETSI_IDENTIFIER.matcher(id);
            return m.matches() ? Optional.of(new EtsiIdentifier(m.group(1) + m.group(2), m.group(1), m.group(3)))
                    : Optional.empty();
        }
    }

    /** A registration as on the plate when it fits Identifier17, else without spaces and dashes if that fits. */
    static Optional<String> registration(String plate) {
        return fitting(plate, 17).or(() -> fitting(plate == null ? null : plate.replaceAll("[\\s-]", ""), 17));
    }
}
