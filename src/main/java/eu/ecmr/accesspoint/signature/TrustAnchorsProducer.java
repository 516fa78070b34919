package eu.ecmr.accesspoint.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads the signer trust anchors named by {@link TrustConfig} once, for every verification. */
@ApplicationScoped
class TrustAnchorsProducer {

    @Produces
    @Singleton
    TrustAnchors signerAnchors(TrustConfig config) {
        return TrustAnchors.fromPemFiles(config.signerAnchors());
    }

    /**
     * Beans are created lazily; asking for the anchors at start-up makes a missing or empty anchor
     * file stop the Access Point instead of failing the first submission. CDI 4's {@code Startup}
     * event, not {@code @Initialized(ApplicationScoped.class)}: Quarkus fires the latter during
     * static init, before the runtime configuration exists.
     */
    void loadAtStartUp(@Observes Startup event, TrustAnchors anchors) {
        anchors.certificates();
    }
}
