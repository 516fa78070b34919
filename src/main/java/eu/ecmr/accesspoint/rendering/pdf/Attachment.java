package eu.ecmr.accesspoint.rendering.pdf;

import java.time.Instant;

/**
 * A file carried inside the PDF as an associated file (ISO 19005-3 s.6.8, ISO 32000-2 s.14.13).
 *
 * @param relationship the AFRelationship: {@code Source} for what the PDF was made from,
 *                     {@code Supplement} for what supports it
 */
public record Attachment(String name, String mediaType, String description, String relationship, byte[] content,
        Instant modified) {
}
