package eu.ecmr.accesspoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.cli.CarrierCliTest.Run;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** {@code submit} and {@code verify-timestamp} against the Access Point, with real signed tokens. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubmitCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL accessPoint;

    @Inject
    StoredRows stored;

    @TempDir
    Path dir;

    @Test
    void signsSubmitsSavesAndTheSavedTimestampVerifiesOffline() throws Exception {
        Path document = Files.write(dir.resolve("note.json"), SampleNotes.document());

        Run run = submit(TestTokens.carrierA(), "--key", CarrierCliTest.CARRIER_A_KEY, "--flattened",
                "--save-original", dir.resolve("original.json").toString(),
                "--save-timestamp", dir.resolve("note.tsr").toString(),
                "--save-pdf", dir.resolve("note.pdf").toString(), document.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode receipt = JSON.readTree(run.out());
        assertThat(receipt.path("carrierId").asText()).isEqualTo(TestTokens.CARRIER_A);
        assertThat(run.err()).contains("Accepted (201 Created): note " + receipt.path("id").asText());
        assertThat(Files.readString(dir.resolve("original.json"))).startsWith("{\"protected\":");
        assertThat(Files.readAllBytes(dir.resolve("note.pdf"))).startsWith("%PDF-".getBytes());

        Run check = CarrierCliTest.Run.of("verify-timestamp", "--original", dir.resolve("original.json").toString(),
                "--timestamp", dir.resolve("note.tsr").toString(), "--tsa-root", "certs-sample/root-ca.pem");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("VERIFIED: ");
    }

    @Test
    void theSameSignedBytesAgainAreTheFirstReceipt() throws Exception {
        Path document = Files.write(dir.resolve("note.json"), SampleNotes.document());
        Path jws = dir.resolve("note.jws");
        CarrierCliTest.Run.of("sign", "--key", CarrierCliTest.CARRIER_A_KEY, "-o", jws.toString(), document.toString());
        String first = JSON.readTree(submit(TestTokens.carrierA(), jws.toString()).out()).path("id").asText();

        Run again = submit(TestTokens.carrierA(), jws.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("Already accepted (200 OK): these bytes are note " + first);
    }

    @Test
    void aTimestampOverOtherBytesIsNotVerified() throws Exception {
        Path document = Files.write(dir.resolve("note.json"), SampleNotes.document());
        submit(TestTokens.carrierA(), "--key", CarrierCliTest.CARRIER_A_KEY,
                "--save-timestamp", dir.resolve("note.tsr").toString(), document.toString());

        Run check = CarrierCliTest.Run.of("verify-timestamp", "--original", document.toString(),
                "--timestamp", dir.resolve("note.tsr").toString(), "--tsa-root", "certs-sample/root-ca.pem");

        assertThat(check.exitCode()).isEqualTo(CarrierCli.REFUSED);
        assertThat(check.err()).contains("NOT VERIFIED: the timestamp is valid but over other bytes");
    }

    @Test
    void printsTheRefusalsTitleAndTypeAndStoresNothing() throws Exception {
        Path document = Files.write(dir.resolve("note.json"), SampleNotes.document());
        long before = stored.notes();

        Run run = submit(TestTokens.carrierB(), "--key", CarrierCliTest.CARRIER_A_KEY, document.toString());

        assertThat(run.exitCode()).isEqualTo(CarrierCli.REFUSED);
        assertThat(run.err()).contains("refused (403): The signer, the caller and the note name different carriers")
                .contains("type: urn:ecmr:problem:signer-mismatch").contains("correlation id: ");
        assertThat(stored.notes()).isEqualTo(before);
    }

    @Test
    void printsEachBadFieldOfAnInvalidDocument() throws Exception {
        Path document = Files.write(dir.resolve("note.json"), SampleNotes.document(d -> {
            ((ObjectNode) d.withArray("goods").get(0)).put("packages", 0);
            d.with("consignee").with("address").put("countryCode", "Netherlands");
        }));

        Run run = submit(TestTokens.carrierA(), "--key", CarrierCliTest.CARRIER_A_KEY, document.toString());

        assertThat(run.exitCode()).isEqualTo(CarrierCli.REFUSED);
        assertThat(run.err()).contains("refused (422): The e-CMR document is not valid")
                .contains("  - /goods/0/packages: ").contains("  - /consignee/address/countryCode: ")
                .contains("type: urn:ecmr:problem:content-invalid");
    }

    @Test
    void printsWhyAnExpiredTokenIsRefused() throws Exception {
        Path document = Files.write(dir.resolve("note.json"), SampleNotes.document());

        Run run = submit(TestTokens.expiredCarrierA(), "--key", CarrierCliTest.CARRIER_A_KEY, document.toString());

        assertThat(run.exitCode()).isEqualTo(CarrierCli.REFUSED);
        assertThat(run.err()).contains("refused (401): A valid bearer token is required");
    }

    private Run submit(String token, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "submit";
        all[1] = "--url";
        all[2] = accessPoint.toString();
        all[3] = "--token";
        all[4] = token;
        System.arraycopy(args, 0, all, 5, args.length);
        return CarrierCliTest.Run.of(all);
    }
}
