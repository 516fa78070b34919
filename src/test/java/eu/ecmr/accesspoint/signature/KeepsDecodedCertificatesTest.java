package eu.ecmr.accesspoint.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

class KeepsDecodedCertificatesTest {

    private final String leaf = base64(SampleSigner.load("carrier-a").leaf());

    @Test
    void givesTheSameCertificateForTheSameEntry() {
        var first = CertificateChainHeader.decode(x5c(leaf));
        var second = CertificateChainHeader.decode(x5c(leaf));

        assertSame(first.get(0), second.get(0));
    }

    @Test
    void refusesABadEntryEveryTime() {
        for (int i = 0; i < 2; i++) {
            AccessPointException refused = assertThrows(AccessPointException.class,
                    () -> CertificateChainHeader.decode(x5c("AAAA")));
            assertEquals(ProblemKind.INVALID_HEADER, refused.kind());
        }
    }

    @Test
    void refusesATruncatedCopyOfAnEntryDecodedBefore() {
        CertificateChainHeader.decode(x5c(leaf));
        String truncated = leaf.substring(0, leaf.length() - 8);

        assertThrows(AccessPointException.class, () -> CertificateChainHeader.decode(x5c(truncated)));
    }

    private static ArrayNode x5c(String entry) {
        return JsonNodeFactory.instance.arrayNode().add(entry);
    }

    private static String base64(java.security.cert.X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
