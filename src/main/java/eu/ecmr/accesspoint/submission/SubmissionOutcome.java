package eu.ecmr.accesspoint.submission;

/** The receipt, and whether this submission created the note or repeated an earlier one. */
public record SubmissionOutcome(StoredNote note, boolean created) {
}
