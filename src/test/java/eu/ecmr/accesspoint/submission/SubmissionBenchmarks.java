package eu.ecmr.accesspoint.submission;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.rendering.NoteRenderer;
import eu.ecmr.accesspoint.rendering.PdfCopies;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;
import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.signature.SignatureVerifier;
import eu.ecmr.accesspoint.signature.VerifiedSignature;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.TestTokens;
import eu.ecmr.accesspoint.timestamp.TimestampAuthority;
import eu.ecmr.accesspoint.timestamp.TimestampReply;
import io.quarkus.arc.Arc;

/**
 * One submission's work in process, on the application's own beans (PostgreSQL, the group-commit
 * audit writer, the built-in TSA, the PDF renderer and seal), and its stages alone. Only
 * {@link SubmissionJmhBenchmark} runs these, inside a started Access Point; speed is never asserted.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SubmissionBenchmarks {

    static final Caller CARRIER_A = new Caller("carrier-a", Set.of("carrier"), Optional.of(TestTokens.CARRIER_A),
            Optional.empty());

    /** The Access Point's beans, and what the stage benchmarks work on. */
    @State(Scope.Benchmark)
    public static class AccessPoint {

        SubmitConsignmentNote submit;
        PdfCopies pdfCopies;
        SignatureVerifier verifier;
        TimestampAuthority timestampAuthority;
        NoteRenderer renderer;
        /** Signed notes for the verifier, which keeps nothing per note: a few, used in turn. */
        byte[][] signed = new byte[64][];
        final AtomicInteger nextSigned = new AtomicInteger();
        /** A stored note, rendered again and again (as RenderingBenchmark does) without being kept. */
        StoredNote stored;
        EcmrDocument storedDocument;

        @Setup(Level.Trial)
        public void lookUp() {
            submit = bean(SubmitConsignmentNote.class);
            pdfCopies = bean(PdfCopies.class);
            verifier = bean(SignatureVerifier.class);
            timestampAuthority = bean(TimestampAuthority.class);
            renderer = bean(NoteRenderer.class);
            SampleSigner carrier = SampleSigner.carrierA();
            for (int i = 0; i < signed.length; i++) {
                signed[i] = carrier.sign(SampleNotes.document()).getBytes(StandardCharsets.US_ASCII);
            }
            stored = submit.submit(command(signed[0])).note();
            storedDocument = new EcmrDocumentReader().read(SignedPayload.of(stored));
        }

        private static <T> T bean(Class<T> type) {
            return Arc.container().instance(type).get();
        }
    }

    @Benchmark
    public SubmissionOutcome submit(AccessPoint ap, FreshNotes notes) {
        return ap.submit.submit(command(notes.take()));
    }

    @Benchmark
    public byte[] submitWithPdf(AccessPoint ap, FreshNotes notes) {
        SubmissionCommand command = command(notes.take());
        StoredNote note = ap.submit.submit(command).note();
        return ap.pdfCopies.of(note, command.caller(), purpose());
    }

    @Benchmark
    public VerifiedSignature verify(AccessPoint ap) {
        byte[] body = ap.signed[Math.floorMod(ap.nextSigned.getAndIncrement(), ap.signed.length)];
        return ap.verifier.verify(body, JwsSerialization.COMPACT);
    }

    @Benchmark
    public TimestampReply timestamp(AccessPoint ap) {
        byte[] digest = new byte[32];
        ThreadLocalRandom.current().nextBytes(digest);
        return ap.timestampAuthority.timestamp(digest);
    }

    @Benchmark
    public byte[] pdf(AccessPoint ap) {
        return ap.renderer.render(ap.stored, ap.storedDocument);
    }

    static SubmissionCommand command(byte[] body) {
        return new SubmissionCommand(CARRIER_A, body, JwsSerialization.COMPACT, purpose());
    }

    private static RequestPurpose purpose() {
        return new RequestPurpose(UUID.randomUUID().toString(), Optional.empty());
    }
}
