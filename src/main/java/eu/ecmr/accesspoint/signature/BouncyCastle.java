package eu.ecmr.accesspoint.signature;

import java.security.Provider;
import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance the verifier uses for certificates, signatures and PKIX.
 * Explicit rather than by name: BC verifies ECDSA an order of magnitude faster than SunEC, and
 * refuses the out-of-range signatures of CVE-2022-21449 on its own as well.
 */
final class BouncyCastle {

    static final Provider PROVIDER = registeredProvider();

    private BouncyCastle() {
    }

    /** Reuses an already registered BC (Quarkus may register one), else registers ours once. */
    private static synchronized Provider registeredProvider() {
        Provider existing = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (existing != null) {
            return existing;
        }
        Provider provider = new BouncyCastleProvider();
        Security.addProvider(provider);
        return provider;
    }
}
