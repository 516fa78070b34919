package eu.ecmr.accesspoint.audit;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.rendering.seal.SealConfig;
import eu.ecmr.accesspoint.rendering.seal.SealKey;

/** Signs checkpoints with the Access Point's seal (the key that seals the PDF copies), loaded once. */
@ApplicationScoped
class SealedCheckpointSeal implements CheckpointSeal {

    private final SealKey seal;

    SealedCheckpointSeal(SealConfig config) {
        this.seal = SealKey.fromConfig(config);
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(seal.privateKey());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The seal could not sign a checkpoint", e);
        }
    }

    @Override
    public X509Certificate certificate() {
        return seal.certificate();
    }
}
