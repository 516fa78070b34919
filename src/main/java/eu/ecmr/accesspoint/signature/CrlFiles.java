package eu.ecmr.accesspoint.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;

/** Reads the locally configured CRL files (ecmr.trust.crl-files) once, at start-up. */
final class CrlFiles {

    private CrlFiles() {
    }

    /**
     * Every CRL of every file, PEM or DER. A file that is missing, unreadable or holds no CRL stops
     * start-up, as a missing trust anchor file does: a revocation check that silently has less to
     * go on than configured would answer "unknown" for every certificate of that issuer.
     */
    static List<X509CRL> read(List<String> files) {
        List<X509CRL> crls = new ArrayList<>();
        for (String file : files) {
            crls.addAll(read(Path.of(file)));
        }
        return List.copyOf(crls);
    }

    private static List<X509CRL> read(Path file) {
        String where = "CRL file '" + file.toAbsolutePath() + "' (ecmr.trust.crl-files)";
        List<X509CRL> crls;
        try (InputStream in = Files.newInputStream(file)) {
            crls = X509Certificates.crlsFrom(in);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(where + " does not exist", e);
        } catch (IOException | CRLException | RuntimeException e) {
            throw new IllegalStateException(where + " could not be read as PEM or DER CRLs", e);
        }
        if (crls.isEmpty()) {
            throw new IllegalStateException(where + " holds no CRL");
        }
        return crls;
    }
}
