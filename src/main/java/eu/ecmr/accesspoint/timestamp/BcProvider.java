package eu.ecmr.accesspoint.timestamp;

import java.security.Provider;
import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The Bouncy Castle JCA provider, registered once; shared because an instance is costly to build. */
final class BcProvider {

    static final Provider INSTANCE = installed();

    private BcProvider() {
    }

    private static Provider installed() {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        return Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
    }
}
