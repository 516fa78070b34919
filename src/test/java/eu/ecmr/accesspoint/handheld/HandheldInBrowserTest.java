package eu.ecmr.accesspoint.handheld;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/**
 * The handheld as an inspector uses it, in headless Chromium (Debian's {@code chromium}, driven by
 * Playwright's {@code playwright-core} from {@code src/test/browser/}): sign in, search a plate, open
 * a note and its verdict, a tampered note, the language switch, a QR scan from a fake camera that
 * films the QR code of the note's real PDF, the offline fallback, page weights, WCAG 2.1 AA rules
 * (axe-core), and a carrier refused.
 * Set {@code ECMR_BROWSER_TESTS=skip} to leave it out (it needs Node 20, chromium and poppler-utils).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class HandheldInBrowserTest {

    private static final Path SCRIPT_DIR = Path.of("src/test/browser");
    private static final Path OUT = Path.of("target/handheld-browser");

    @OidcWireMock
    WireMockServer provider;
    @Inject
    StoredRows stored;
    @TestHTTPResource("/")
    URL base;

    @Test
    void anInspectorChecksNotesAtTheRoadside() throws Exception {
        Assumptions.assumeFalse("skip".equalsIgnoreCase(System.getenv("ECMR_BROWSER_TESTS")),
                "browser tests disabled by ECMR_BROWSER_TESTS=skip");
        assertThat(SCRIPT_DIR.resolve("node_modules/playwright-core")).as("run: npm ci --prefix src/test/browser").exists();
        CodeFlowProvider.install(provider);
        Files.createDirectories(OUT);

        String plate = "HB-" + SampleNotes.freshNumber().substring(2, 7).toUpperCase();
        JsonPath valid = submit(plate);
        JsonPath tampered = submit("TX-" + SampleNotes.freshNumber().substring(2, 7).toUpperCase());
        // One byte of the stored signature value changed, as an intruder with database access would.
        stored.execute("update consignment_note set original = set_byte(original, length(original) - 6, case when"
                + " get_byte(original, length(original) - 6) = 65 then 66 else 65 end) where id = '"
                + tampered.getString("id") + "'");

        Path video = FakeCamera.writeY4m(FakeCamera.frameAround(pageOneOfThePdf(valid.getString("id"))),
                OUT.resolve("qr-camera.y4m"));

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("base", base.toString().replaceAll("/$", ""));
        config.put("chromium", System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        config.put("video", video.toAbsolutePath().toString());
        config.put("screenshots", OUT.resolve("screenshots").toAbsolutePath().toString());
        config.put("plate", plate);
        config.put("validId", valid.getString("id"));
        config.put("validNumber", valid.getString("ecmrNumber"));
        config.put("tamperedId", tampered.getString("id"));
        config.put("controlReference", "ROAD-" + System.nanoTime() % 100000);

        String output = runNode(new ObjectMapper().writeValueAsString(config));

        assertThat(output).contains("# all passed");
        assertThat(stored.count("select count(*) from audit_entry where control_reference = '"
                + config.get("controlReference") + "' and note_id = '" + valid.getString("id") + "'")).isPositive();
    }

    private JsonPath submit(String plate) {
        return submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document(
                d -> d.with("carrier").with("vehicle").put("registration", plate)))).statusCode(201).extract().jsonPath();
    }

    /** The Access Point's own PDF copy, page 1 rendered by poppler as a printer or screen would show it. */
    private Path pageOneOfThePdf(String id) throws Exception {
        byte[] pdf = given().auth().oauth2(TestTokens.inspector()).when().get(NOTES + "/" + id + "/pdf").then()
                .statusCode(200).extract().asByteArray();
        Path file = OUT.resolve("note.pdf");
        Files.write(file, pdf);
        run(Path.of("."), "pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile", file.toString(),
                OUT.resolve("page1").toString());
        return OUT.resolve("page1.png");
    }

    private static String runNode(String config) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("nice", "-n", "10", "node", "handheld.test.js")
                .directory(SCRIPT_DIR.toFile()).redirectErrorStream(true);
        builder.environment().put("HANDHELD_TEST", config);
        Process node = builder.start();
        byte[] out = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(5, TimeUnit.MINUTES)).as("the browser run finishes").isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        System.out.println(text);
        assertThat(node.exitValue()).as(text).isZero();
        return text;
    }

    private static void run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(command[0] + ": " + out).isZero();
    }
}
