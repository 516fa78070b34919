package eu.ecmr.accesspoint.rendering.seal;

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
import java.util.List;

/**
 * The seal's private key and its certificate chain (seal first), loaded once at start-up.
 */
public record SealKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SealKey {
        chain = List.copyOf(chain);
        if (!"EC".equals(privateKey.getAlgorithm()) && !"ECDSA".equals(privateKey.getAlgorithm())) {
            throw new IllegalStateException("The seal key must be an EC key for SHA256withECDSA, not "
                    + privateKey.getAlgorithm());
        }
    }

    public static SealKey fromPkcs12(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!store.isKeyEntry(alias)) {
                throw new IllegalStateException("No key entry '" + alias + "' in the seal keystore " + file);
            }
            Certificate[] chain = store.getCertificateChain(alias);
            return new SealKey((PrivateKey) store.getKey(alias, password),
                    Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the seal keystore " + file, e);
        }
    }

    public static SealKey fromConfig(SealConfig config) {
        return fromPkcs12(config.keystore(), config.password().toCharArray(), config.alias());
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
