package eu.ecmr.accesspoint.signature;

import java.time.Instant;

/**
 * What the CRLs at hand say about one certificate at one time of interest (RFC 5280 s.6.3).
 * Inspect with {@code instanceof}: {@link Good}, {@link Revoked} or {@link Unknown}.
 */
public sealed interface RevocationStatus {

    /**
     * A current CRL of the certificate's issuer covers it and lists no revocation at or before the time of interest.
     *
     * @param evidence which CRL said so, in plain English
     */
    record Good(String evidence) implements RevocationStatus {
    }

    /**
     * Revoked at or before the time of interest.
     *
     * @param revokedAt the CRL entry's revocationDate
     * @param reason    the CRLReason (RFC 5280 s.5.3.1) in its ASN.1 spelling, such as {@code keyCompromise};
     *                  {@code unspecified} when the entry gives none
     */
    record Revoked(Instant revokedAt, String reason) implements RevocationStatus {
    }

    /**
     * No usable CRL decides: none is configured for the issuer, none may or could be fetched, or
     * those at hand are not current, not signed by the issuer, or do not cover the certificate.
     *
     * @param why plain English, naming each CRL source tried and what was wrong with it
     */
    record Unknown(String why) implements RevocationStatus {
    }
}
