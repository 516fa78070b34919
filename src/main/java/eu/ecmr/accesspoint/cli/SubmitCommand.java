package eu.ecmr.accesspoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.signature.JwsSerialization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code submit}: gets a token, signs the document if it is not signed yet, submits it and prints
 * the receipt; on request saves the stored original, its RFC 3161 timestamp reply and the PDF copy.
 */
@Command(name = "submit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Submit a consignment note: an e-CMR document (JSON, signed here with --key) or a JWS signed"
                + " already (compact or flattened, sent byte for byte). Prints the receipt.")
final class SubmitCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = {"-u", "--url"}, defaultValue = "${env:ECMR_ACCESS_POINT_URL:-http://localhost:8080}",
            description = "the Access Point (env ECMR_ACCESS_POINT_URL; default: ${DEFAULT-VALUE})")
    URI url;

    @Mixin
    TokenOptions identity;

    @Mixin
    SigningKeyOptions key;

    @Option(names = "--flattened", description = "sign as flattened JSON (application/jose+json) instead of compact")
    boolean flattened;

    @Option(names = "--save-receipt", paramLabel = "FILE", description = "write the receipt (JSON) here")
    Path receiptFile;

    @Option(names = "--save-original", paramLabel = "FILE", description = "write the bytes the Access Point stored here")
    Path originalFile;

    @Option(names = "--save-timestamp", paramLabel = "FILE", description = "write the RFC 3161 timestamp reply (DER) here")
    Path timestampFile;

    @Option(names = "--save-pdf", paramLabel = "FILE", description = "write the note's PDF copy here")
    Path pdfFile;

    @Parameters(paramLabel = "FILE", description = "an e-CMR document (JSON) or a signed note (JWS)")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SubmissionBody body = signedBody(SubmissionBody.of(CliFiles.read(file)), err);
        AccessPointClient accessPoint = new AccessPointClient(url, TokenClient.token(identity, url));
        HttpResponse<byte[]> response = accessPoint.submit(body.bytes(), body.serialization().mediaType());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw ProblemReport.failure("POST " + AccessPointClient.NOTES, response);
        }
        JsonNode receipt = JSON.readTree(response.body());
        String id = receipt.path("id").asText();
        err.println(response.statusCode() == 201
                ? "Accepted (201 Created): note " + id + " at " + Http.header(response, "Location")
                : "Already accepted (200 OK): these bytes are note " + id + "; nothing new was stored");
        spec.commandLine().getOut().println(receipt.toPrettyString());
        if (receiptFile != null) {
            CliFiles.write(receiptFile, receipt.toPrettyString());
        }
        save(accessPoint, id, "original", originalFile, err);
        save(accessPoint, id, "timestamp", timestampFile, err);
        save(accessPoint, id, "pdf", pdfFile, err);
        return CarrierCli.OK;
    }

    private SubmissionBody signedBody(SubmissionBody body, PrintWriter err) {
        if (body.kind() != SubmissionBody.Kind.DOCUMENT) {
            if (key.present()) {
                err.println("Note: " + file + " is signed already; --key is not used");
            }
            return body;
        }
        if (!key.present()) {
            throw CliException.usage(file + " is an unsigned document: give the carrier's key with --key carrier.p12");
        }
        SubmissionBody.requireDocument(body.bytes(), file);
        JwsSerialization serialization = flattened ? JwsSerialization.FLATTENED_JSON : JwsSerialization.COMPACT;
        String jws = key.signer().sign(body.bytes(), serialization, Clock.systemUTC().instant());
        return SubmissionBody.of(jws.getBytes(StandardCharsets.US_ASCII));
    }

    private static void save(AccessPointClient accessPoint, String id, String representation, Path target, PrintWriter err) {
        if (target != null) {
            CliFiles.write(target, accessPoint.noteRepresentation(id, representation));
            err.println("Saved the " + representation + " to " + target);
        }
    }
}
