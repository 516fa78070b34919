package eu.ecmr.accesspoint.rendering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's command-line tools (Debian package poppler-utils) and NSS's certutil (libnss3-tools): an
 * independent PDF reader and signature checker, so the renderer is never judged by PDFBox alone.
 */
final class Poppler {

    private Poppler() {
    }

    static String pdftotext(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** Page 1 as PNG at {@code dpi}; returns the file written. */
    static Path pdftoppm(Path pdf, int dpi, Path prefix) {
        run("pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                prefix.toString());
        return Path.of(prefix + ".png");
    }

    /** pdfsig's report, trusting only {@code certs-sample/root-ca.pem} through a fresh NSS database. */
    static String pdfsig(Path pdf, Path rootCa) throws IOException {
        Path nss = Files.createTempDirectory("nss");
        run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        run("certutil", "-A", "-d", "sql:" + nss, "-n", "demo-root", "-t", "CT,C,C", "-i", rootCa.toString());
        return run("pdfsig", "-nssdir", "sql:" + nss, pdf.toString());
    }

    static String run(String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command[0] + " did not finish");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command[0] + " exited " + process.exitValue() + ": " + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " is not installed (apt-get install poppler-utils libnss3-tools)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
