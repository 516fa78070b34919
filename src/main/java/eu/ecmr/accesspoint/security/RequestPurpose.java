package eu.ecmr.accesspoint.security;

import java.util.Optional;

/**
 * Why an authority looks at a note: the control's reference from {@code X-Control-Reference}
 * (optional) and the request's correlation id, both written into the access log.
 */
public record RequestPurpose(String requestId, Optional<String> controlReference) {

    public static final String CONTROL_REFERENCE_HEADER = "X-Control-Reference";
}
