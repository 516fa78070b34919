package eu.ecmr.accesspoint.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustAnchorsTest {

    @TempDir
    Path directory;

    @Test
    void loadsEveryCertificateOfEveryFile() throws Exception {
        Path two = directory.resolve("two.pem");
        Files.writeString(two, Files.readString(SampleSigner.SAMPLE_DIR.resolve("root-ca.pem"))
                + Files.readString(SampleSigner.SAMPLE_DIR.resolve("untrusted-root.pem")));

        TrustAnchors anchors = TrustAnchors.fromPemFiles(List.of(two.toString(), "certs-sample/tsa.pem"));

        assertEquals(3, anchors.certificates().size());
        assertEquals(3, anchors.pkixAnchors().size());
        assertTrue(anchors.contains(VerifierFixture.ROOT));
    }

    @Test
    void failsNamingAMissingFile() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> TrustAnchors.fromPemFiles(List.of("certs-sample/no-such-root.pem")));

        assertTrue(failure.getMessage().contains("no-such-root.pem"), failure.getMessage());
        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
    }

    @Test
    void failsOnAFileWithoutCertificates() throws Exception {
        Path empty = Files.writeString(directory.resolve("empty.pem"), "# nothing to trust here\n");

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> TrustAnchors.fromPemFiles(List.of(empty.toString())));

        assertTrue(failure.getMessage().contains("empty.pem"), failure.getMessage());
    }

    @Test
    void failsWithoutAnyFile() {
        assertThrows(IllegalStateException.class, () -> TrustAnchors.fromPemFiles(List.of()));
    }
}
