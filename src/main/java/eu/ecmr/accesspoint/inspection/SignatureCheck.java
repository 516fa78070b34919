package eu.ecmr.accesspoint.inspection;

import static eu.ecmr.accesspoint.inspection.SubIndication.FORMAT_FAILURE;
import static eu.ecmr.accesspoint.inspection.SubIndication.SIG_CRYPTO_FAILURE;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.signature.JadesSignature;
import eu.ecmr.accesspoint.signature.JadesSignatureSteps;

/** {@code signature}: the stored original is a JAdES JWS whose signature verifies with its x5c leaf (ETSI EN 319 102-1 s.5.2.2, s.5.2.7). */
final class SignatureCheck {

    static final String NAME = "signature";

    private SignatureCheck() {
    }

    static Check of(OriginalReading reading, JadesSignatureSteps steps) {
        if (reading.signature().isEmpty()) {
            return Check.failed(NAME, FORMAT_FAILURE, "the stored original is not a signature this Access Point"
                    + " accepts: " + reading.failure());
        }
        JadesSignature signature = reading.signature().get();
        try {
            steps.verifyValue(signature);
        } catch (AccessPointException e) {
            return Check.failed(NAME, SIG_CRYPTO_FAILURE, e.getMessage());
        }
        return Check.passed(NAME, "the " + signature.algorithm() + " signature verifies over the stored bytes with the key"
                + " of the certificate " + signature.describeLeaf());
    }
}
