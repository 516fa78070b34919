package eu.ecmr.accesspoint.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;

import org.junit.jupiter.api.Test;

class CertificateValidityTest {

    private final X509Certificate leaf = SampleSigner.load("carrier-a").leaf();

    @Test
    void isTheCertificatesOwnPeriodEveryTime() {
        for (int i = 0; i < 2; i++) {
            CertificateValidity validity = CertificateValidity.of(leaf);
            assertEquals(leaf.getNotBefore().toInstant(), validity.notBefore());
            assertEquals(leaf.getNotAfter().toInstant(), validity.notAfter());
        }
    }

    @Test
    void includesBothEndsAndNothingOutside() {
        CertificateValidity validity = CertificateValidity.of(leaf);

        assertTrue(validity.includes(validity.notBefore()));
        assertTrue(validity.includes(validity.notAfter()));
        assertFalse(validity.includes(validity.notBefore().minusMillis(1)));
        assertFalse(validity.includes(validity.notAfter().plusMillis(1)));
    }
}
