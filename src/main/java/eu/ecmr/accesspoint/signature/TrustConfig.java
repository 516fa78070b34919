package eu.ecmr.accesspoint.signature;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whom the Access Point trusts to sign consignment notes, how much clock skew it forgives, and where it learns of revocations. */
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

    /**
     * Local CRL files (PEM or DER, RFC 5280 s.5) checked for the signer's certificate; each may hold
     * several CRLs. Paths are relative to the working directory. Read once at start-up: a missing
     * file or one without a CRL stops start-up. Set it to an empty value to configure none.
     * Optional rather than a plain list because SmallRye Config cannot express an empty list.
     * Default: {@code certs-sample/issuing-ca.crl}, the demo issuing CA's CRL.
     */
    @WithDefault("certs-sample/issuing-ca.crl")
    Optional<List<String>> crlFiles();

    /**
     * Host names (exact, case-insensitive; no wildcards, no ports) whose CRL distribution points,
     * as named in a signer's certificate, may be fetched over http or https. A URL from a submitted
     * certificate is fetched only if its host is listed here. Default: none, so nothing is ever fetched.
     */
    Optional<List<String>> crlFetchAllowedHosts();

    /**
     * Time allowed for one CRL download from an allowed host, connection and whole body included.
     * An ISO-8601 duration. Default: {@code PT3S} (three seconds).
     */
    @WithDefault("PT3S")
    Duration crlFetchTimeout();
}
