package eu.ecmr.accesspoint.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The certificates a signer's chain must lead to. Immutable, so one instance serves every request;
 * the PKIX form is built once here rather than on each verification.
 */
public final class TrustAnchors {

    private final List<X509Certificate> certificates;
    private final Set<TrustAnchor> pkixAnchors;

    private TrustAnchors(Collection<X509Certificate> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is needed");
        }
        this.certificates = List.copyOf(new LinkedHashSet<>(certificates));
        this.pkixAnchors = this.certificates.stream()
                .map(certificate -> new TrustAnchor(certificate, null))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static TrustAnchors of(Collection<X509Certificate> certificates) {
        return new TrustAnchors(certificates);
    }

    /**
     * Loads every certificate of every PEM file. Fails with a message naming the file when one is
     * missing, unreadable or holds no certificate: a verifier without its anchors must not start.
     */
    public static TrustAnchors fromPemFiles(List<String> files) {
        if (files.isEmpty()) {
            throw new IllegalStateException("no signer trust anchor file is configured (ecmr.trust.signer-anchors)");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (String file : files) {
            certificates.addAll(readPem(Path.of(file)));
        }
        return new TrustAnchors(certificates);
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    boolean contains(X509Certificate certificate) {
        return certificates.contains(certificate);
    }

    Set<TrustAnchor> pkixAnchors() {
        return pkixAnchors;
    }

    private static List<X509Certificate> readPem(Path file) {
        String where = "trust anchor file '" + file.toAbsolutePath() + "' (ecmr.trust.signer-anchors)";
        List<X509Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = X509Certificates.fromPem(in);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(where + " does not exist", e);
        } catch (IOException | CertificateException | RuntimeException e) {
            throw new IllegalStateException(where + " could not be read as PEM certificates", e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException(where + " holds no certificate");
        }
        return certificates;
    }
}
