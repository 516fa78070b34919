package eu.ecmr.accesspoint.inspection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.signature.JadesSignature;
import eu.ecmr.accesspoint.signature.JadesSignatureSteps;
import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.signature.RevocationChecker;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.signature.TrustAnchors;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.timestamp.BuiltInTimestampAuthority;
import eu.ecmr.accesspoint.timestamp.TimestampConfig;
import eu.ecmr.accesspoint.timestamp.TimestampReply;
import eu.ecmr.accesspoint.timestamp.TimestampReplyValidator;

/**
 * Stored notes made as the submission makes them, with real keys of the demo PKI: signed by a
 * carrier's .p12 (SampleSigner), read by the signature package's parser and the document reader,
 * timestamped over SHA-256 of the exact bytes by the built-in TSA, each column extracted from
 * those. Times derive from the demo PKI, which generate.sh renews on every run: {@link #NOW} is a
 * day after its certificates begin, when its CRL is current and carrier-a-revoked is revoked.
 */
final class SubmittedNotes {

    static final String ROOT = "certs-sample/root-ca.pem";
    static final String CRL = "certs-sample/issuing-ca.crl";
    static final Instant NOW = SampleSigner.carrierA().chain().get(1).getNotBefore().toInstant().plus(Duration.ofDays(1));
    static final TimestampReplyValidator TSA_VALIDATOR = TimestampReplyValidator.fromPemFiles(List.of(Path.of(ROOT)));

    private static final EcmrDocumentReader READER = new EcmrDocumentReader();

    private SubmittedNotes() {
    }

    /** Carrier A's note, compact, signed a minute before {@link #NOW} and timestamped at NOW. */
    static StoredNote honest() {
        return submitted("carrier-a", NOW.minusSeconds(60), JwsSerialization.COMPACT, NOW);
    }

    static StoredNote submitted(String signer, Instant sigT, JwsSerialization serialization, Instant genTime) {
        SampleSigner carrier = SampleSigner.load(signer).signingTime(sigT);
        // The document names the signing carrier, or the submission would have refused it (CarrierMatchPolicy).
        byte[] document = signer.equals("carrier-b") ? SampleNotes.forCarrierB(d -> { }) : SampleNotes.document();
        String jws = serialization == JwsSerialization.COMPACT ? carrier.sign(document) : carrier.flattened(document);
        return stored(jws.getBytes(StandardCharsets.US_ASCII), serialization, genTime);
    }

    /** What the submission stores for {@code original}, which must be a signature the steps can read. */
    static StoredNote stored(byte[] original, JwsSerialization serialization, Instant genTime) {
        JadesSignature signature = steps(List.of(CRL), genTime).read(original, serialization);
        EcmrDocument document = READER.read(signature.payload());
        byte[] digest = sha256(original);
        TimestampReply timestamp = tsaAt(genTime).timestamp(digest);
        return new StoredNote(UUID.randomUUID(), document.carrier().id(), document.ecmrNumber(), genTime, serialization,
                original, HexFormat.of().formatHex(digest), signature.algorithm(), signature.signingTime(), signature.signer(),
                timestamp, document.carrier().vehicle().registration(), document.takingOver().date());
    }

    /** The verifier as configured by default (demo root, demo CRL, demo TSA anchors) on a clock fixed at {@code now}. */
    static NoteVerifier verifierAt(Instant now) {
        return verifierAt(now, List.of(CRL));
    }

    static NoteVerifier verifierAt(Instant now, List<String> crlFiles) {
        return new NoteVerifier(steps(crlFiles, now), TSA_VALIDATOR, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The built-in TSA with its clock at {@code genTime}. */
    static BuiltInTimestampAuthority tsaAt(Instant genTime) {
        return BuiltInTimestampAuthority.fromConfig(new BuiltInSettings(), Clock.fixed(genTime, ZoneOffset.UTC), TSA_VALIDATOR);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JadesSignatureSteps steps(List<String> crlFiles, Instant now) {
        return new JadesSignatureSteps(TrustAnchors.fromPemFiles(List.of(ROOT)),
                RevocationChecker.fromCrlFiles(crlFiles, Clock.fixed(now, ZoneOffset.UTC)));
    }

    /** The built-in TSA as configured by default. */
    private record BuiltInSettings(Path keystore, String password, String policy) implements TimestampConfig.BuiltIn {

        BuiltInSettings() {
            this(Path.of("certs-sample/tsa.p12"), "changeit", "1.3.6.1.4.1.99999.1.1");
        }
    }
}
