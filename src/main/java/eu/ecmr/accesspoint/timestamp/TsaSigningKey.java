package eu.ecmr.accesspoint.timestamp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The built-in TSA's key, its certificate and the rest of its chain.
 *
 * @param chain the TSA certificate first, then its issuers as found in the keystore
 */
record TsaSigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    TsaSigningKey {
        chain = List.copyOf(chain);
    }

    /** Loads the first key entry of a PKCS#12 file; the password protects both the store and the key. */
    static TsaSigningKey fromPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate[] chain = store.getCertificateChain(alias);
                    List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
                    return new TsaSigningKey((PrivateKey) store.getKey(alias, password), certificates.get(0), certificates);
                }
            }
            throw new IllegalStateException("No key entry in the TSA keystore " + file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the TSA keystore " + file, e);
        }
    }

    /** RFC 5816 / ETSI EN 319 422: SHA-256 with the key's own algorithm. */
    String signatureAlgorithm() {
        return switch (privateKey.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalStateException("Unsupported TSA key algorithm " + privateKey.getAlgorithm());
        };
    }
}
