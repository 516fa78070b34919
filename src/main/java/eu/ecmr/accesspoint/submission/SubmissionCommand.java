package eu.ecmr.accesspoint.submission;

import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;
import eu.ecmr.accesspoint.signature.JwsSerialization;

/** A carrier's submission: the exact bytes received, how they are serialized, and the request's id. */
public record SubmissionCommand(Caller caller, byte[] body, JwsSerialization serialization, RequestPurpose purpose) {
}
