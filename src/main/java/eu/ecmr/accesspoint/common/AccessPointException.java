package eu.ecmr.accesspoint.common;

import java.util.List;

/**
 * A refusal the caller can act on: its {@link ProblemKind} decides the problem type and status,
 * its message is the problem's {@code detail}. Never carries a cause's text to the caller.
 */
public class AccessPointException extends RuntimeException {

    private final ProblemKind kind;
    private final List<FieldError> errors;

    public AccessPointException(ProblemKind kind, String detail, List<FieldError> errors, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static AccessPointException of(ProblemKind kind, String detail) {
        return new AccessPointException(kind, detail, List.of(), null);
    }

    public static AccessPointException of(ProblemKind kind, String detail, Throwable cause) {
        return new AccessPointException(kind, detail, List.of(), cause);
    }

    public static AccessPointException invalidContent(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "1 field is not valid"
                : errors.size() + " fields are not valid";
        return new AccessPointException(ProblemKind.CONTENT_INVALID, detail, errors, null);
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
