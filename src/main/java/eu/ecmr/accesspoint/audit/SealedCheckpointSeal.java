package eu.ecmr.accesspoint.audit;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs checkpoints with the Access Point's seal key ({@code ecmr.seal.keystore}, default the demo
 * {@code certs-sample/seal.p12}), loaded once.
 */
@ApplicationScoped
class SealedCheckpointSeal implements CheckpointSeal {

    private final PrivateKey key;
    private final X509Certificate certificate;

    SealedCheckpointSeal(@ConfigProperty(name = "ecmr.seal.keystore", defaultValue = "certs-sample/seal.p12") Path file,
            @ConfigProperty(name = "ecmr.seal.password", defaultValue = "changeit") String password,
            @ConfigProperty(name = "ecmr.seal.alias", defaultValue = "seal") String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            this.key = (PrivateKey) store.getKey(alias, password.toCharArray());
            this.certificate = (X509Certificate) store.getCertificate(alias);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the seal keystore " + file, e);
        }
        if (key == null || certificate == null) {
            throw new IllegalStateException("No key entry '" + alias + "' in the seal keystore " + file);
        }
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The seal could not sign a checkpoint", e);
        }
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }
}
