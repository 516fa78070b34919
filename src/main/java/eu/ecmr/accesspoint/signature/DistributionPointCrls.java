package eu.ecmr.accesspoint.signature;

import java.io.IOException;
import java.net.URI;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * CRLs from the distribution points a certificate names. A URL taken from a submitted certificate
 * is fetched only over http(s) and only when its host is on the configured allow-list (contract:
 * the Access Point never fetches a URL named by a submitter unless told it may). A CRL that passes
 * {@link CrlAcceptance} is kept until its nextUpdate; a failed download is not tried again for
 * {@link #RETRY_AFTER}, so that an unreachable host costs one timeout a minute, not one per note.
 */
final class DistributionPointCrls {

    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    /** Carriers' CAs are few; past this many URLs, start over rather than grow. */
    private static final int MAX_KEPT = 64;

    private final Set<String> allowedHosts;
    private final CrlDownloader downloader;
    private final Clock clock;
    private final Map<URI, X509CRL> kept = new ConcurrentHashMap<>();
    private final Map<URI, Failure> failures = new ConcurrentHashMap<>();

    DistributionPointCrls(List<String> allowedHosts, CrlDownloader downloader, Clock clock) {
        this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.downloader = downloader;
        this.clock = clock;
    }

    /** The acceptable CRLs of the certificate's distribution points; what went wrong with the others goes to {@code problems}. */
    List<X509CRL> crlsFor(X509Certificate certificate, X509Certificate issuer, List<String> problems) {
        List<X509CRL> crls = new ArrayList<>();
        for (URI uri : CrlDistributionPoints.uris(certificate)) {
            if (!allowed(uri)) {
                problems.add("the certificate names the CRL distribution point " + uri + ", which is not fetched because"
                        + " its host is not on the allow-list (ecmr.trust.crl-fetch-allowed-hosts)");
                continue;
            }
            crlFrom(uri, certificate, issuer, problems).ifPresent(crls::add);
        }
        return crls;
    }

    private Optional<X509CRL> crlFrom(URI uri, X509Certificate certificate, X509Certificate issuer, List<String> problems) {
        Instant now = clock.instant();
        X509CRL kept = this.kept.get(uri);
        if (kept != null && CrlAcceptance.problem(kept, certificate, issuer, now).isEmpty()) {
            return Optional.of(kept);
        }
        this.kept.remove(uri); // past its nextUpdate: fetch the next one
        Failure failure = failures.get(uri);
        if (failure != null && now.isBefore(failure.retryAfter())) {
            problems.add(failure.why() + " (not tried again before " + failure.retryAfter() + ")");
            return Optional.empty();
        }
        Optional<X509CRL> crl = download(uri, certificate, issuer, now, problems);
        if (crl.isEmpty()) {
            return crl;
        }
        failures.remove(uri);
        keep(uri, crl.get());
        return crl;
    }

    private Optional<X509CRL> download(URI uri, X509Certificate certificate, X509Certificate issuer, Instant now,
            List<String> problems) {
        String why;
        try {
            X509CRL crl = downloader.download(uri);
            Optional<String> problem = CrlAcceptance.problem(crl, certificate, issuer, now);
            if (problem.isEmpty()) {
                return Optional.of(crl);
            }
            why = "the CRL fetched from " + uri + " cannot be used: " + problem.get();
        } catch (IOException e) {
            why = "the CRL at " + uri + " could not be fetched: " + e.getMessage();
        }
        if (failures.size() >= MAX_KEPT) {
            failures.clear();
        }
        failures.put(uri, new Failure(now.plus(RETRY_AFTER), why));
        problems.add(why);
        return Optional.empty();
    }

    private record Failure(Instant retryAfter, String why) {
    }

    /** Kept until its nextUpdate: CrlAcceptance refuses it from then on, and the next call fetches anew. */
    private void keep(URI uri, X509CRL crl) {
        if (kept.size() >= MAX_KEPT && !kept.containsKey(uri)) {
            kept.clear();
        }
        kept.put(uri, crl);
    }

    private boolean allowed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && uri.getHost() != null
                && uri.getRawUserInfo() == null
                && allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }
}
