package eu.ecmr.accesspoint.common.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.ecmr.accesspoint.common.FieldError;

/**
 * An RFC 9457 problem details body. {@code correlationId} is an extension member that matches the
 * {@code X-Request-ID} header and the server's log line for the same request; {@code errors} lists
 * the bad fields of a document by JSON Pointer.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String correlationId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
