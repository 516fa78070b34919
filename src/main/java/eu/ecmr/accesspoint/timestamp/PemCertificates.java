package eu.ecmr.accesspoint.timestamp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads X.509 certificates from PEM files named in configuration; problems stop the start-up. */
final class PemCertificates {

    private PemCertificates() {
    }

    static List<X509Certificate> read(List<Path> files) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                factory.generateCertificates(in).forEach(c -> certificates.add((X509Certificate) c));
            } catch (IOException | CertificateException e) {
                throw new IllegalStateException("Cannot read the TSA trust anchors from " + file, e);
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException("No TSA trust anchor configured (ecmr.timestamp.trust-anchors)");
        }
        return certificates;
    }
}
