package eu.ecmr.accesspoint.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import eu.ecmr.accesspoint.common.FieldError;

/**
 * Reads the members of one JSON object, collecting a {@link FieldError} with its JSON Pointer
 * (RFC 6901) for each member that is missing, of the wrong type or out of range, so that a carrier
 * learns of every bad field in one answer. Getters return null where the member is not usable.
 */
final class JsonFields {

    /** Control characters other than tab, line feed and carriage return have no place on a CMR form. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    /** RFC 3339 s.5.6 date-time; OffsetDateTime.parse alone also takes forms without seconds. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private final JsonNode node;
    private final String pointer;
    private final List<FieldError> errors;
    private final Set<String> known;

    JsonFields(JsonNode node, String pointer, List<FieldError> errors, Set<String> known) {
        this.node = node;
        this.pointer = pointer;
        this.errors = errors;
        this.known = known;
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                error(name, "is not a member of this object");
            }
        }
    }

    /** Opens a nested object; null (with an error if required) when absent or not an object. */
    JsonFields object(String name, boolean required, Set<String> members) {
        JsonNode child = member(name, required);
        if (child == null) {
            return null;
        }
        if (!child.isObject()) {
            error(name, "must be an object");
            return null;
        }
        return new JsonFields(child, path(name), errors, members);
    }

    /** Reads each element of an array with {@code element}; an empty list when absent or invalid. */
    <T> List<T> array(String name, boolean required, int maxItems, Function<Element, T> element) {
        JsonNode child = member(name, required);
        List<T> items = new ArrayList<>();
        if (child == null) {
            return items;
        }
        if (!child.isArray()) {
            error(name, "must be an array");
            return items;
        }
        if (required && child.isEmpty()) {
            error(name, "must not be empty");
        }
        if (child.size() > maxItems) {
            error(name, "must not have more than " + maxItems + " items");
            return items;
        }
        for (int i = 0; i < child.size(); i++) {
            T item = element.apply(new Element(child.get(i), path(name) + "/" + i));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    String text(String name, boolean required, int maxLength) {
        JsonNode child = member(name, required);
        if (child == null) {
            return null;
        }
        return checkedText(child, path(name), required, maxLength);
    }

    String text(String name, boolean required, int maxLength, Pattern pattern, String expectation) {
        String value = text(name, required, maxLength);
        if (value != null && !pattern.matcher(value).matches()) {
            error(name, expectation);
            return null;
        }
        return value;
    }

    /** An integer in [min, max]. */
    Integer integer(String name, int min, int max) {
        JsonNode child = member(name, true);
        if (child == null) {
            return null;
        }
        if (!child.isIntegralNumber() || !child.canConvertToInt() || child.intValue() < min || child.intValue() > max) {
            error(name, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return child.intValue();
    }

    /**
     * At most this many decimal places (after trailing zeros): grams of a kilogram, cents with room
     * to spare. Also bounds the written form: 1e-999999999 would be a billion digits on the PDF.
     */
    static final int MAX_DECIMAL_PLACES = 6;

    /** A decimal number greater than zero, at most {@code max}, with at most six decimal places. */
    BigDecimal positiveDecimal(String name, boolean required, BigDecimal max) {
        JsonNode child = member(name, required);
        if (child == null) {
            return null;
        }
        if (!child.isNumber()) {
            error(name, "must be a number");
            return null;
        }
        BigDecimal value = child.decimalValue();
        if (value.signum() <= 0 || value.compareTo(max) > 0) {
            error(name, "must be greater than 0 and at most " + max.toPlainString());
            return null;
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            error(name, "must not have more than " + MAX_DECIMAL_PLACES + " decimal places");
            return null;
        }
        return value;
    }

    LocalDate date(String name) {
        String value = text(name, true, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(name, "must be a date in the form YYYY-MM-DD");
            return null;
        }
    }

    OffsetDateTime dateTime(String name) {
        String value = text(name, true, 40);
        if (value == null) {
            return null;
        }
        try {
            if (!RFC_3339.matcher(value).matches()) {
                throw new DateTimeParseException("not RFC 3339", value, 0);
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            error(name, "must be an RFC 3339 date-time such as 2026-11-28T09:30:00+01:00");
            return null;
        }
    }

    void error(String name, String detail) {
        errors.add(new FieldError(path(name), detail));
    }

    String pointer() {
        return pointer;
    }

    private JsonNode member(String name, boolean required) {
        assert known.contains(name) : name;
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            if (required) {
                error(name, "is required");
            }
            return null;
        }
        return child;
    }

    private String checkedText(JsonNode child, String at, boolean required, int maxLength) {
        if (!child.isTextual()) {
            errors.add(new FieldError(at, "must be a string"));
            return null;
        }
        String value = child.textValue();
        if (required && value.isBlank()) {
            errors.add(new FieldError(at, "must not be blank"));
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            errors.add(new FieldError(at, "must not be longer than " + maxLength + " characters"));
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            errors.add(new FieldError(at, "must not contain control characters"));
            return null;
        }
        return value;
    }

    private String path(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** One element of an array, with its pointer. */
    final class Element {
        private final JsonNode value;
        private final String at;

        Element(JsonNode value, String at) {
            this.value = value;
            this.at = at;
        }

        JsonFields object(Set<String> members) {
            if (!value.isObject()) {
                errors.add(new FieldError(at, "must be an object"));
                return null;
            }
            return new JsonFields(value, at, errors, members);
        }

        String text(int maxLength) {
            return checkedText(value, at, true, maxLength);
        }
    }
}
