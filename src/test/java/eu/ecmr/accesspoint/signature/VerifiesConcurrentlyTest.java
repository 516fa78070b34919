package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.signature.VerifierFixture.PAYLOAD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;

/** One verifier serves every request thread; shared state (factories, mapper, anchors) must hold up. */
class VerifiesConcurrentlyTest {

    @Test
    void verifiesFromManyThreadsAtOnce() throws Exception {
        List<String> signatures = List.of(
                VerifierFixture.carrierA().sign(PAYLOAD),
                VerifierFixture.carrierB().algorithm(JWSAlgorithm.PS256).sign(PAYLOAD),
                VerifierFixture.carrierB().algorithm(JWSAlgorithm.RS256).sign(PAYLOAD));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<VerifiedSignature>> results = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                String jws = signatures.get(i % signatures.size());
                results.add(pool.submit(() -> VerifierFixture.verifyCompact(jws)));
            }
            for (Future<VerifiedSignature> result : results) {
                assertArrayEquals(PAYLOAD, result.get().payload());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
