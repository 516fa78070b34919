package eu.ecmr.accesspoint.inspection;

import java.util.Optional;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.signature.JadesSignature;
import eu.ecmr.accesspoint.signature.JadesSignatureSteps;
import eu.ecmr.accesspoint.signature.JwsSerialization;

/**
 * The stored original read as what its bytes are: a JWS in the serialization its first character
 * shows (not the one stored beside it), taken apart by the same parser and header policy as at
 * submission; or why it could not be.
 *
 * @param failure why the original could not be read; null when {@code signature} is present
 */
record OriginalReading(JwsSerialization serialization, Optional<JadesSignature> signature, String failure) {

    static OriginalReading of(byte[] original, JadesSignatureSteps steps) {
        JwsSerialization serialization = JwsSerialization.of(original);
        try {
            return new OriginalReading(serialization, Optional.of(steps.read(original, serialization)), null);
        } catch (AccessPointException e) {
            return new OriginalReading(serialization, Optional.empty(), e.getMessage());
        }
    }
}
