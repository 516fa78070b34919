package eu.ecmr.accesspoint.signature;

import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers whether a certificate was revoked at a time of interest, from CRLs (RFC 5280 s.6.3):
 * first the configured CRL files; only when none of them decides, the CRLs of the certificate's
 * distribution points whose hosts are on the allow-list. A CRL decides only if {@link CrlAcceptance}
 * accepts it at the time of checking (the clock's now). Thread-safe.
 */
public final class RevocationChecker {

    private final List<X509CRL> localCrls;
    private final DistributionPointCrls distributionPoints;
    private final Clock clock;

    RevocationChecker(List<X509CRL> localCrls, DistributionPointCrls distributionPoints, Clock clock) {
        this.localCrls = List.copyOf(localCrls);
        this.distributionPoints = distributionPoints;
        this.clock = clock;
    }

    /** The configured CRL files, read now (a bad file stops start-up), and fetching as the allow-list permits. */
    public static RevocationChecker fromConfig(TrustConfig config, Clock clock) {
        CrlDownloader downloader = new CrlHttpClient(config.crlFetchTimeout());
        return new RevocationChecker(CrlFiles.read(config.crlFiles().orElse(List.of())),
                new DistributionPointCrls(config.crlFetchAllowedHosts().orElse(List.of()), downloader, clock), clock);
    }

    /** These CRL files (PEM or DER) and no fetching at all; an empty list makes every status UNKNOWN. */
    public static RevocationChecker fromCrlFiles(List<String> files, Clock clock) {
        return new RevocationChecker(CrlFiles.read(files), new DistributionPointCrls(List.of(), uri -> {
            throw new IllegalStateException("no host is allowed, so nothing is ever downloaded");
        }, clock), clock);
    }

    /**
     * @param issuer the certificate that issued {@code certificate}, from its validated chain: the CRL
     *               must be signed with this key
     * @param time   the time of interest: REVOKED only for a revocation at or before it
     */
    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer, Instant time) {
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>();
        List<X509CRL> crls = acceptedLocalCrls(certificate, issuer, now, problems);
        if (crls.isEmpty()) {
            crls = distributionPoints.crlsFor(certificate, issuer, problems);
        }
        if (crls.isEmpty()) {
            return new RevocationStatus.Unknown(problems.isEmpty()
                    ? "no CRL of " + X509Certificates.describe(issuer) + " is configured (ecmr.trust.crl-files),"
                            + " and the certificate names no CRL distribution point"
                    : String.join("; ", problems));
        }
        return statusIn(crls, certificate, time);
    }

    private List<X509CRL> acceptedLocalCrls(X509Certificate certificate, X509Certificate issuer, Instant now,
            List<String> problems) {
        List<X509CRL> accepted = new ArrayList<>();
        for (X509CRL crl : localCrls) {
            if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                continue; // another CA's CRL
            }
            CrlAcceptance.problem(crl, certificate, issuer, now).ifPresentOrElse(
                    problem -> problems.add("the configured CRL of " + X509Certificates.describe(issuer)
                            + " issued at " + crl.getThisUpdate().toInstant() + " cannot be used: " + problem),
                    () -> accepted.add(crl));
        }
        return accepted;
    }

    private static RevocationStatus statusIn(List<X509CRL> crls, X509Certificate certificate, Instant time) {
        X509CRL newest = crls.get(0);
        for (X509CRL crl : crls) {
            X509CRLEntry entry = crl.getRevokedCertificate(certificate.getSerialNumber());
            // removeFromCRL only appears in delta CRLs, which are not used; it un-revokes nothing here.
            if (entry != null && entry.getRevocationReason() != CRLReason.REMOVE_FROM_CRL
                    && !entry.getRevocationDate().toInstant().isAfter(time)) {
                return new RevocationStatus.Revoked(entry.getRevocationDate().toInstant(), reasonName(entry.getRevocationReason()));
            }
            if (crl.getThisUpdate().after(newest.getThisUpdate())) {
                newest = crl;
            }
        }
        return new RevocationStatus.Good("the CRL of '" + SignerIdentities.rfc4514(newest.getIssuerX500Principal())
                + "' issued at " + newest.getThisUpdate().toInstant() + " lists no revocation at or before " + time);
    }

    /** KEY_COMPROMISE -> keyCompromise, the CRLReason spelling of RFC 5280 s.5.3.1. */
    private static String reasonName(CRLReason reason) {
        if (reason == null) {
            return "unspecified";
        }
        StringBuilder name = new StringBuilder();
        for (String word : reason.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
