package eu.ecmr.accesspoint.submission;

import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;

/**
 * Notes signed by carrier A before each iteration, each under an e-CMR number of its own and taken
 * once: a repeat would take the cheaper "same bytes again" path. The supply for the next iteration
 * is half as much again as the most any iteration took, so the signing stays out of the measurement;
 * a note signed inside an iteration (the supply ran out) is counted and reported.
 */
@State(Scope.Benchmark)
public class FreshNotes {

    private final SampleSigner signer = SampleSigner.carrierA();
    private final Queue<byte[]> signed = new ConcurrentLinkedQueue<>();
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger signedInside = new AtomicInteger();
    private int mostTaken;

    @Setup(Level.Iteration)
    public void signEnough() {
        int wanted = Math.max(Integer.getInteger("bench.jmh.notes", 1000), mostTaken * 3 / 2 + 100);
        for (int i = signed.size(); i < wanted; i++) {
            signed.add(sign());
        }
        taken.set(0);
        signedInside.set(0);
    }

    @TearDown(Level.Iteration)
    public void count() {
        mostTaken = Math.max(mostTaken, taken.get());
        if (signedInside.get() > 0) {
            System.out.printf("[bench] %d of %d notes were signed inside the iteration (the supply ran out)%n",
                    signedInside.get(), taken.get());
        }
    }

    /** A note never submitted before. */
    public byte[] take() {
        taken.incrementAndGet();
        byte[] note = signed.poll();
        if (note != null) {
            return note;
        }
        signedInside.incrementAndGet();
        return sign();
    }

    private byte[] sign() {
        return signer.sign(SampleNotes.document()).getBytes(StandardCharsets.US_ASCII);
    }
}
