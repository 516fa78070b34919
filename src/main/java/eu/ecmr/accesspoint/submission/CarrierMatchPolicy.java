package eu.ecmr.accesspoint.submission;

import java.util.Objects;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.signature.SignerIdentity;

/**
 * A carrier submits only its own notes: the signer's organizationIdentifier (OID 2.5.4.97), the
 * token's carrier and the note's {@code carrier.id} must all be the same (the contract's
 * acceptance rules; e-CMR Additional Protocol art. 3 on identifying the signer).
 */
final class CarrierMatchPolicy {

    private CarrierMatchPolicy() {
    }

    static void check(String callerCarrierId, SignerIdentity signer, EcmrDocument document) {
        if (!Objects.equals(signer.organizationIdentifier(), callerCarrierId)) {
            throw AccessPointException.of(ProblemKind.SIGNER_MISMATCH,
                    "The signing certificate's organizationIdentifier (" + signer.organizationIdentifier()
                            + ") is not the caller's carrier (" + callerCarrierId + ")");
        }
        if (!callerCarrierId.equals(document.carrier().id())) {
            throw AccessPointException.of(ProblemKind.SIGNER_MISMATCH,
                    "The note's carrier.id (" + document.carrier().id() + ") is not the caller's carrier ("
                            + callerCarrierId + ")");
        }
    }
}
