package eu.ecmr.accesspoint.audit;

import java.security.cert.X509Certificate;

/** The Access Point's seal as checkpoints need it: a SHA256withECDSA signature (DER) and its certificate. */
public interface CheckpointSeal {

    byte[] sign(byte[] data);

    X509Certificate certificate();
}
