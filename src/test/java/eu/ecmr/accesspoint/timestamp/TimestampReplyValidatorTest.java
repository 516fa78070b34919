package eu.ecmr.accesspoint.timestamp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.junit.jupiter.api.Test;

class TimestampReplyValidatorTest {

    private final Clock clock = TestPki.fixedClock();
    private final BuiltInTimestampAuthority tsa = TestPki.sampleTsa(clock);
    private final TimestampReplyValidator validator = TestPki.sampleValidator();
    private final byte[] digest = TestPki.sha256("note".getBytes(StandardCharsets.UTF_8));

    @Test
    void acceptsAReplyToItsOwnRequest() throws Exception {
        TimeStampRequest request = TimestampRequests.sha256(digest, null);

        assertEquals(clock.instant(), validator.validate(request, tsa.respond(request)).genTime());
    }

    @Test
    void refusesAReplyWithAnotherNonce() {
        byte[] earlierReply = tsa.respond(TimestampRequests.sha256(digest, null));

        assertRefused("nonce", TimestampRequests.sha256(digest, null), earlierReply);
    }

    @Test
    void refusesAReplyForAnotherImprint() {
        BigInteger nonce = BigInteger.valueOf(42);
        byte[] reply = tsa.respond(request(TSPAlgorithms.SHA256, TestPki.sha256(new byte[] {1}), nonce, true));

        assertRefused("imprint", request(TSPAlgorithms.SHA256, digest, nonce, true), reply);
    }

    @Test
    void refusesAnImprintThatIsNotSha256() throws Exception {
        TimeStampRequest sha1 = request(TSPAlgorithms.SHA1, new byte[20], BigInteger.TEN, true);
        byte[] reply = TestPki.respond(TestPki.sampleKey(), sha1, TSPAlgorithms.ALLOWED, clock);

        assertRefused("SHA-256", sha1, reply);
    }

    @Test
    void refusesAReplySignedByACertificateOutsideTheAnchors() throws Exception {
        TimeStampRequest request = TimestampRequests.sha256(digest, null);
        TsaSigningKey stranger = TestPki.selfSignedTsa("EC");
        byte[] reply = TestPki.respond(stranger, request, Set.of(TSPAlgorithms.SHA256), Clock.systemUTC());

        assertRefused("trust anchor", request, reply);
    }

    @Test
    void refusesAReplyWithoutTheTsaCertificate() {
        BigInteger nonce = BigInteger.valueOf(7);
        byte[] reply = tsa.respond(request(TSPAlgorithms.SHA256, digest, nonce, false));

        assertRefused("TSA certificate", request(TSPAlgorithms.SHA256, digest, nonce, true), reply);
    }

    @Test
    void refusesARejection() throws Exception {
        TimeStampRequest request = TimestampRequests.sha256(digest, null);
        byte[] rejection = new TimeStampResponseGenerator(
                BuiltInTimestampAuthority.tokenGenerator(TestPki.sampleKey(), new ASN1ObjectIdentifier(TestPki.POLICY)),
                TSPAlgorithms.ALLOWED)
                .generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.systemFailure, "down for maintenance")
                .getEncoded();

        assertRefused("refused", request, rejection);
    }

    @Test
    void refusesWhatTheBuiltInTsaRejectsForAnotherPolicy() {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setReqPolicy(new ASN1ObjectIdentifier("1.2.3.4"));
        TimeStampRequest otherPolicy = generator.generate(TSPAlgorithms.SHA256, digest, BigInteger.ONE);

        assertRefused("refused", otherPolicy, tsa.respond(otherPolicy));
    }

    @Test
    void refusesGarbageAndTrailingBytes() {
        TimeStampRequest request = TimestampRequests.sha256(digest, null);
        byte[] reply = tsa.respond(request);

        assertRefused("not a TimeStampResp", request, "<html>oops</html>".getBytes(StandardCharsets.UTF_8));
        assertRefused("not a TimeStampResp", request, Arrays.copyOf(reply, reply.length + 1));
    }

    @Test
    void validatesAStoredReplyWithoutItsRequestAndReadsItsImprint() throws Exception {
        byte[] reply = tsa.respond(TimestampRequests.sha256(digest, null));

        assertEquals(clock.instant(), validator.validateStored(reply).genTime());
        assertArrayEquals(digest, TimestampReplyValidator.messageImprint(reply));
    }

    @Test
    void refusesAStoredReplyOfAnUntrustedTsaAsATsaCertificateProblem() throws Exception {
        byte[] reply = TestPki.respond(TestPki.selfSignedTsa("EC"), TimestampRequests.sha256(digest, null),
                Set.of(TSPAlgorithms.SHA256), Clock.systemUTC());

        var refusal = assertThrows(TsaCertificateException.class, () -> validator.validateStored(reply));
        assertTrue(refusal.getMessage().contains("trust anchor"), refusal.getMessage());
    }

    @Test
    void refusesAStoredRejectionForWantOfAToken() throws Exception {
        byte[] rejection = new TimeStampResponseGenerator(
                BuiltInTimestampAuthority.tokenGenerator(TestPki.sampleKey(), new ASN1ObjectIdentifier(TestPki.POLICY)),
                TSPAlgorithms.ALLOWED)
                .generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.systemFailure, "down").getEncoded();

        assertThrows(InvalidTimestampReplyException.class, () -> TimestampReplyValidator.messageImprint(rejection));
        assertThrows(InvalidTimestampReplyException.class, () -> validator.validateStored(rejection));
    }

    private void assertRefused(String reason, TimeStampRequest request, byte[] reply) {
        var refusal = assertThrows(InvalidTimestampReplyException.class, () -> validator.validate(request, reply));
        assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
    }

    private static TimeStampRequest request(ASN1ObjectIdentifier algorithm, byte[] digest, BigInteger nonce,
            boolean certReq) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(certReq);
        return generator.generate(algorithm, digest, nonce);
    }
}
