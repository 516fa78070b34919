package eu.ecmr.accesspoint.rendering.layout;

/**
 * What the copy says about itself: who holds the note and seals the copy, where to verify it, and
 * the names of the files attached to it.
 */
public record SealNotice(String accessPointName, String verificationUrl, String originalName, String timestampName) {
}
