package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/** What the header policy let through: the algorithm, the x5c chain (leaf first) and sigT. */
record JadesHeader(JwsAlgorithm algorithm, List<X509Certificate> chain, Instant signingTime) {

    X509Certificate leaf() {
        return chain.get(0);
    }
}
