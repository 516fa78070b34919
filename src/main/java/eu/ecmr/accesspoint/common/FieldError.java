package eu.ecmr.accesspoint.common;

/** One bad field of a document, named by its JSON Pointer (RFC 6901). */
public record FieldError(String pointer, String detail) {
}
