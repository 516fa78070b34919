package eu.ecmr.accesspoint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** e-CMR documents for tests: the repository's example, with a fresh e-CMR number each time. */
public final class SampleNotes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("openapi/examples/ecmr-document.json");

    private SampleNotes() {
    }

    public static String freshNumber() {
        return "T-" + UUID.randomUUID().toString().substring(0, 18);
    }

    /** The example for carrier A under a fresh number. */
    public static byte[] document() {
        return document(d -> { });
    }

    public static byte[] document(Consumer<ObjectNode> change) {
        ObjectNode doc = example();
        doc.put("ecmrNumber", freshNumber());
        change.accept(doc);
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] forCarrierB(Consumer<ObjectNode> change) {
        return document(d -> {
            d.with("carrier").put("id", TestTokens.CARRIER_B).put("name", "Carrier B BV");
            change.accept(d);
        });
    }

    public static String numberOf(byte[] document) {
        try {
            return JSON.readTree(document).get("ecmrNumber").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode example() {
        try {
            return (ObjectNode) JSON.readTree(Files.readAllBytes(EXAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
