package eu.ecmr.accesspoint.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.rendering.layout.Fonts;
import eu.ecmr.accesspoint.rendering.seal.PadesSeal;
import eu.ecmr.accesspoint.rendering.seal.SealKey;
import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.signature.SignerIdentity;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.timestamp.BuiltInTimestampAuthority;
import eu.ecmr.accesspoint.timestamp.TimestampConfig;
import eu.ecmr.accesspoint.timestamp.TimestampReply;
import eu.ecmr.accesspoint.timestamp.TimestampReplyValidator;

/**
 * Notes to render: the repository's signed example and variations of it, each with a real RFC 3161
 * timestamp from the built-in TSA and the demo PKI of {@code certs-sample/}.
 */
final class Fixtures {

    static final UUID NOTE_ID = UUID.fromString("3f1c2a9e-5b7d-4e8a-9c61-2d4b8f0e7a15");
    /**
     * Ten minutes after the demo certificates became valid (they are regenerated now and then, valid
     * from a day before), so that signer, TSA and seal were all valid then; fixed for a given PKI.
     */
    static final Instant RECEIVED_AT = validFrom("seal.pem", "tsa.pem", "carrier-a.pem").plusSeconds(600).plusMillis(512);
    static final Instant SIGNING_TIME = RECEIVED_AT.minusSeconds(64).truncatedTo(ChronoUnit.SECONDS);
    static final URI BASE_URL = URI.create("https://ap.example.eu");
    static final String ACCESS_POINT = "e-CMR Access Point";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EcmrDocumentReader READER = new EcmrDocumentReader();
    private static final Path EXAMPLE = Path.of("openapi/examples/ecmr-document.json");
    private static final Path EXAMPLE_JWS = Path.of("openapi/examples/consignment-note.jws");
    private static final BuiltInTimestampAuthority TSA = BuiltInTimestampAuthority.fromConfig(new TsaSettings(),
            Clock.fixed(RECEIVED_AT.minusMillis(14), ZoneOffset.UTC),
            TimestampReplyValidator.fromPemFiles(List.of(Path.of("certs-sample/root-ca.pem"))));
    /** Cut once for all tests, as the application does at start-up. */
    static final Fonts FONTS = Fonts.dejaVu();
    static final PadesSeal SEAL = new PadesSeal(
            SealKey.fromPkcs12(Path.of("certs-sample/seal.p12"), "changeit".toCharArray(), "seal"));

    private Fixtures() {
    }

    static PdfBoxNoteRenderer renderer() {
        return renderer(500);
    }

    static PdfBoxNoteRenderer renderer(int maxPages) {
        return new PdfBoxNoteRenderer(ACCESS_POINT, BASE_URL, maxPages, FONTS, SEAL);
    }

    /** The signed example of {@code openapi/examples}, exactly as a carrier submitted it. */
    static Sample sample() {
        try {
            byte[] jws = Files.readString(EXAMPLE_JWS).strip().getBytes(StandardCharsets.US_ASCII);
            return new Sample(note(jws, READER.read(Files.readAllBytes(EXAMPLE))), READER.read(Files.readAllBytes(EXAMPLE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example changed, then signed by carrier A as its software would. */
    static Sample sample(Consumer<ObjectNode> change) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(Files.readAllBytes(EXAMPLE));
            change.accept(document);
            byte[] payload = JSON.writeValueAsBytes(document);
            EcmrDocument read = READER.read(payload);
            byte[] jws = SampleSigner.carrierA().signingTime(SIGNING_TIME).sign(payload)
                    .getBytes(StandardCharsets.US_ASCII);
            return new Sample(note(jws, read), read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document built directly, bypassing the reader's rules, as a stand-in for anything hostile. */
    static Sample unchecked(EcmrDocument document) {
        return new Sample(note("not even a JWS".getBytes(StandardCharsets.US_ASCII), document), document);
    }

    static StoredNote note(byte[] original, EcmrDocument document) {
        String digest = sha256Hex(original);
        TimestampReply timestamp = TSA.timestamp(HexFormat.of().parseHex(digest));
        X509Certificate leaf = carrierA();
        SignerIdentity signer = new SignerIdentity(
                "CN=Carrier A Transport Seal,organizationIdentifier=VATNL-NL000000001B01,O=Carrier A B.V.,C=NL",
                "CN=e-CMR Demo Carrier Issuing CA,O=e-CMR Access Point Demo,C=NL",
                leaf.getSerialNumber().toString(16), "VATNL-NL000000001B01");
        return new StoredNote(NOTE_ID, "VATNL-NL000000001B01", document.ecmrNumber(), RECEIVED_AT,
                JwsSerialization.COMPACT, original, digest, "ES256", SIGNING_TIME, signer,
                timestamp, document.carrier() == null ? null : document.carrier().vehicle().registration(),
                document.takingOver() == null ? null : document.takingOver().date());
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate carrierA() {
        return certificate("carrier-a.pem");
    }

    private static Instant validFrom(String... files) {
        return Arrays.stream(files).map(f -> certificate(f).getNotBefore().toInstant()).max(Instant::compareTo)
                .orElseThrow();
    }

    private static X509Certificate certificate(String file) {
        try (InputStream in = Files.newInputStream(Path.of("certs-sample", file))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("Cannot read certs-sample/" + file, e);
        }
    }

    /** A note and the document it carries. */
    record Sample(StoredNote note, EcmrDocument document) {

        byte[] render() {
            return renderer().render(note, document);
        }
    }

    private static final class TsaSettings implements TimestampConfig.BuiltIn {

        @Override
        public Path keystore() {
            return Path.of("certs-sample/tsa.p12");
        }

        @Override
        public String password() {
            return "changeit";
        }

        @Override
        public String policy() {
            return "1.3.6.1.4.1.99999.1.1";
        }
    }
}
