package eu.ecmr.accesspoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The toolkit's commands that need no Access Point: signing, and refusing bad input with a reason. */
class CarrierCliTest {

    static final String DOCUMENT = "openapi/examples/ecmr-document.json";
    static final String CARRIER_A_KEY = "certs-sample/carrier-a.p12";

    @TempDir
    Path dir;

    @Test
    void signsADocumentAsCompactJws() throws Exception {
        Path out = dir.resolve("note.jws");

        Run run = Run.of("sign", "--key", CARRIER_A_KEY, "-o", out.toString(), DOCUMENT);

        assertThat(run.exitCode).isZero();
        String jws = Files.readString(out);
        assertThat(jws.split("\\.")).hasSize(3);
        assertThat(run.err).contains("Signed " + DOCUMENT + " with ES256");
    }

    @Test
    void signsADocumentAsFlattenedJwsOnStandardOutput() throws Exception {
        Run run = Run.of("sign", "--key", CARRIER_A_KEY, "--flattened", DOCUMENT);

        assertThat(run.exitCode).isZero();
        assertThat(new ObjectMapper().readTree(run.out).fieldNames()).toIterable()
                .containsExactly("protected", "payload", "signature");
    }

    @Test
    void refusesAWrongKeyPassword() {
        Run run = Run.of("sign", "--key", CARRIER_A_KEY, "--key-password", "wrong", DOCUMENT);

        assertThat(run.exitCode).isEqualTo(CarrierCli.USAGE);
        assertThat(run.err).contains("cannot open " + CARRIER_A_KEY + " (wrong password?)");
    }

    @Test
    void refusesToSignWhatIsNotADocument() throws Exception {
        Path notJson = Files.writeString(dir.resolve("note.txt"), "not json");

        Run run = Run.of("sign", "--key", CARRIER_A_KEY, notJson.toString());

        assertThat(run.exitCode).isEqualTo(CarrierCli.USAGE);
        assertThat(run.err).contains("is not a JSON object");
    }

    @Test
    void refusesAnUnsignedDocumentWithoutAKey() {
        Run run = Run.of("submit", "--token", "any", "-u", "http://localhost:9", DOCUMENT);

        assertThat(run.exitCode).isEqualTo(CarrierCli.USAGE);
        assertThat(run.err).contains("is an unsigned document: give the carrier's key with --key");
    }

    @Test
    void saysWhenTheAccessPointCannotBeReached() throws Exception {
        Path jws = dir.resolve("note.jws");
        Run.of("sign", "--key", CARRIER_A_KEY, "-o", jws.toString(), DOCUMENT);

        Run run = Run.of("submit", "--token", "any", "-u", "http://127.0.0.1:9", jws.toString());

        assertThat(run.exitCode).isEqualTo(CarrierCli.UNAVAILABLE);
        assertThat(run.err).contains("cannot connect to the Access Point at http://127.0.0.1:9");
    }

    @Test
    void saysWhoMustSubmit() throws Exception {
        Path jws = dir.resolve("note.jws");
        Run.of("sign", "--key", CARRIER_A_KEY, "-o", jws.toString(), DOCUMENT);

        Run run = Run.of("submit", "-u", "http://127.0.0.1:9", jws.toString());

        assertThat(run.exitCode).isEqualTo(CarrierCli.USAGE);
        assertThat(run.err).contains("say who submits");
    }

    /** One command line run in-process, with what it printed. */
    record Run(int exitCode, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = CarrierCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(code, out.toString(), err.toString());
        }
    }
}
