package eu.ecmr.accesspoint.timestamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract's promise: anyone can check a stored timestamp with stock OpenSSL and the sample anchors. */
class OpensslVerificationTest {

    @Test
    void stockOpensslVerifiesABuiltInReply(@TempDir Path dir) throws Exception {
        byte[] original = "{\"ecmrNumber\":\"NL-2026-000001\"}".getBytes(StandardCharsets.UTF_8);
        Path data = Files.write(dir.resolve("original.bin"), original);
        Path reply = Files.write(dir.resolve("note.tsr"),
                TestPki.sampleTsa(TestPki.fixedClock()).timestamp(TestPki.sha256(original)).encoded());

        Process openssl = new ProcessBuilder("openssl", "ts", "-verify", "-data", data.toString(), "-in", reply.toString(),
                "-CAfile", TestPki.ROOT_CA.toString(), "-untrusted", TestPki.TSA_PEM.toString())
                .redirectErrorStream(true).start();
        assertTrue(openssl.waitFor(30, TimeUnit.SECONDS));
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, openssl.exitValue(), output);
        assertTrue(output.contains("Verification: OK"), output);
    }
}
