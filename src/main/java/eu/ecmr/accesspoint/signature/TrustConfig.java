package eu.ecmr.accesspoint.signature;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whom the Access Point trusts to sign consignment notes, and how much clock skew it forgives. */
@ConfigMapping(prefix = "ecmr.trust")
public interface TrustConfig {

    /**
     * PEM files holding the trust anchors a signer's x5c chain must lead to; each file may hold
     * several certificates, and every one of them is an anchor. Paths are relative to the working
     * directory. Read once at start-up: a missing file or one without a certificate stops start-up.
     * Default: {@code certs-sample/root-ca.pem}, the demo root, which must never be trusted in production.
     */
    @WithDefault("certs-sample/root-ca.pem")
    List<String> signerAnchors();

    /**
     * How far a claimed signing time ({@code sigT}) may lie ahead of the Access Point's clock before
     * the signature is refused as signed in the future; forgives clocks that are slightly off.
     * An ISO-8601 duration. Default: {@code PT5M} (five minutes).
     */
    @WithDefault("PT5M")
    Duration maxClockSkew();
}
