package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.common.ProblemKind.INVALID_HEADER;
import static eu.ecmr.accesspoint.signature.VerifierFixture.ISSUING_CA;
import static eu.ecmr.accesspoint.signature.VerifierFixture.PAYLOAD;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedCompact;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedFlattened;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierA;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefusesInvalidHeadersTest {

    @Test
    void refusesAMissingX5c() {
        assertRefusedCompact(INVALID_HEADER, "x5c is required", carrierA().withoutHeader("x5c").sign(PAYLOAD));
    }

    @Test
    void refusesAnEmptyX5c() {
        assertRefusedCompact(INVALID_HEADER, "non-empty array", carrierA().withHeader("x5c", List.of()).sign(PAYLOAD));
    }

    @Test
    void refusesAnX5cThatIsNotAnArray() throws Exception {
        String leaf = Base64.getEncoder().encodeToString(carrierA().leaf().getEncoded());
        assertRefusedCompact(INVALID_HEADER, "non-empty array", carrierA().withHeader("x5c", leaf).sign(PAYLOAD));
    }

    @Test
    void refusesAnX5cEntryThatIsNotBase64() {
        assertRefusedCompact(INVALID_HEADER, "x5c[0] is not standard base64",
                carrierA().withHeader("x5c", List.of("not*base64")).sign(PAYLOAD));
    }

    @Test
    void refusesAnX5cEntryThatIsNotACertificate() {
        String notACertificate = Base64.getEncoder().encodeToString(PAYLOAD);
        assertRefusedCompact(INVALID_HEADER, "x5c[0] is not a DER-encoded X.509 certificate",
                carrierA().withHeader("x5c", List.of(notACertificate)).sign(PAYLOAD));
    }

    @Test
    void refusesAnX5cOfMoreThanEightCertificates() {
        SampleSigner signer = carrierA();
        List<X509Certificate> nine = new ArrayList<>(signer.chain());
        while (nine.size() < 9) {
            nine.add(VerifierFixture.ROOT);
        }
        assertRefusedCompact(INVALID_HEADER, "at most 8", signer.x5c(nine).sign(PAYLOAD));
    }

    @Test
    void refusesAnX5cOutOfOrder() {
        SampleSigner signer = carrierA();
        assertRefusedCompact(INVALID_HEADER, "x5c is out of order: x5c[2] issued x5c[0]",
                signer.x5c(List.of(signer.leaf(), VerifierFixture.ROOT, ISSUING_CA)).sign(PAYLOAD));
    }

    @Test
    void refusesX5cOnlyInTheUnprotectedHeader() throws Exception {
        SampleSigner signer = carrierA();
        String leaf = Base64.getEncoder().encodeToString(signer.leaf().getEncoded());
        assertRefusedFlattened(INVALID_HEADER, "x5c must be in the protected header",
                signer.withoutHeader("x5c").withUnprotectedHeader("x5c", List.of(leaf)).flattened(PAYLOAD));
    }

    @Test
    void refusesAMissingSigT() {
        assertRefusedCompact(INVALID_HEADER, "sigT is required",
                carrierA().withoutHeader("sigT").withoutHeader("crit").sign(PAYLOAD));
    }

    @Test
    void refusesCritNamingAnAbsentSigT() {
        assertRefusedCompact(INVALID_HEADER, "crit names 'sigT', but the protected header has no such parameter",
                carrierA().withoutHeader("sigT").sign(PAYLOAD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28T11:15:30+01:00", "2026-11-28T10:15:30", "2026-11-28 10:15:30Z",
        "2026-11-28T10:15:30z", "28/11/2026 10:15", "yesterday", "2026-11-28T10:15:30.1234567890Z",
        "2026-11-28T24:00:00Z", "2026-11-28T10:61:00Z", "2026-11-28T10:15:30.Z"})
    void refusesASigTThatIsNotAnRfc3339UtcTime(String sigT) {
        assertRefusedCompact(INVALID_HEADER, "RFC 3339", carrierA().withHeader("sigT", sigT).sign(PAYLOAD));
    }

    @Test
    void refusesASigTOnADayThatDoesNotExist() {
        assertRefusedCompact(INVALID_HEADER, "not a date-time that exists",
                carrierA().withHeader("sigT", "2026-02-30T10:15:30Z").sign(PAYLOAD));
    }

    @Test
    void refusesASigTThatIsANumber() {
        assertRefusedCompact(INVALID_HEADER, "RFC 3339", carrierA().withHeader("sigT", 1_795_000_000).sign(PAYLOAD));
    }

    @Test
    void refusesAMismatchedX5tS256() {
        String issuingCaThumbprint = SampleSigner.base64Url(X509Certificates.sha256(ISSUING_CA));
        assertRefusedCompact(INVALID_HEADER, "x5t#S256 is not the SHA-256 thumbprint of the leaf",
                carrierA().withHeader("x5t#S256", issuingCaThumbprint).sign(PAYLOAD));
    }

    @Test
    void refusesAKidThatIsNotAString() {
        assertRefusedCompact(INVALID_HEADER, "kid must be a string", carrierA().withHeader("kid", 7).sign(PAYLOAD));
    }

    @Test
    void refusesAnEmptyCrit() {
        assertRefusedCompact(INVALID_HEADER, "crit must be a non-empty array", carrierA().withHeader("crit", List.of()).sign(PAYLOAD));
    }

    @Test
    void refusesCritListingANameTwice() {
        assertRefusedCompact(INVALID_HEADER, "distinct", carrierA().withHeader("crit", List.of("sigT", "sigT")).sign(PAYLOAD));
    }

    @Test
    void refusesCritInTheUnprotectedHeader() {
        assertRefusedFlattened(INVALID_HEADER, "crit must be in the protected header",
                carrierA().withoutHeader("crit").withUnprotectedHeader("crit", List.of("sigT")).flattened(PAYLOAD));
    }
}
