package eu.ecmr.accesspoint.submission;

import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.signature.JwsSerialization;

/** A carrier's submission: the exact bytes received and how they are serialized. */
public record SubmissionCommand(Caller caller, byte[] body, JwsSerialization serialization) {
}
