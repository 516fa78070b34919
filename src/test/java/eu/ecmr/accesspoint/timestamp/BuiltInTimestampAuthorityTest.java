package eu.ecmr.accesspoint.timestamp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.junit.jupiter.api.Test;

class BuiltInTimestampAuthorityTest {

    private final Clock clock = TestPki.fixedClock();
    private final BuiltInTimestampAuthority tsa = TestPki.sampleTsa(clock);
    private final byte[] digest = TestPki.sha256("an e-CMR note".getBytes(StandardCharsets.UTF_8));

    @Test
    void issuesAReplyThatValidatesWithGenTimeFromTheClock() {
        TimestampReply reply = tsa.timestamp(digest);

        assertEquals(clock.instant(), reply.genTime());
        X500Principal subject = TestPki.sampleKey().certificate().getSubjectX500Principal();
        assertEquals(subject.getName(X500Principal.RFC2253), reply.tsa());
        assertTrue(reply.serialNumber().matches("[0-9a-f]+"));
    }

    @Test
    void encodedReplyIsAGrantedDerTimeStampResp() throws Exception {
        byte[] encoded = tsa.timestamp(digest).encoded();

        ASN1Primitive parsed = ASN1Primitive.fromByteArray(encoded);
        assertEquals(PKIStatus.GRANTED, TimeStampResp.getInstance(parsed).getStatus().getStatus().intValue());
        assertArrayEquals(encoded, parsed.getEncoded(ASN1Encoding.DER), "DER, as the contract promises");
    }

    @Test
    void tokenCarriesWhatRfc3161AndRfc5816Ask() throws Exception {
        var token = new TimeStampResponse(tsa.timestamp(digest).encoded()).getTimeStampToken();
        TimeStampTokenInfo info = token.getTimeStampInfo();

        assertArrayEquals(digest, info.getMessageImprintDigest());
        assertEquals(new ASN1ObjectIdentifier(TestPki.POLICY), info.getPolicy());
        assertEquals(1, info.getAccuracy().getSeconds().intValueExact());
        assertNotNull(info.getNonce());
        X500Name subject = X500Name.getInstance(TestPki.sampleKey().certificate().getSubjectX500Principal().getEncoded());
        assertEquals(new GeneralName(subject), info.getTsa());
        assertNotNull(token.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2), "ESSCertIDv2");
        assertEquals(1, token.getCertificates().getMatches(null).size(), "the TSA certificate, not the root");
    }

    @Test
    void givesEveryTimestampItsOwnSerialNumber() {
        assertNotEquals(tsa.timestamp(digest).serialNumber(), tsa.timestamp(digest).serialNumber());
    }

    @Test
    void staysCorrectUnderConcurrentCalls() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<String> serials = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(pool.submit(() -> serials.add(tsa.timestamp(digest).serialNumber())));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(200, serials.size());
    }

    @Test
    void signsWithAnRsaKeyToo() throws Exception {
        TsaSigningKey rsa = TestPki.selfSignedTsa("RSA");
        var rsaTsa = new BuiltInTimestampAuthority(rsa, TestPki.POLICY, Clock.systemUTC(),
                new TimestampReplyValidator(List.of(rsa.certificate())));

        var token = new TimeStampResponse(rsaTsa.timestamp(digest).encoded()).getTimeStampToken();

        assertEquals(PKCSObjectIdentifiers.sha256WithRSAEncryption.getId(), token.toCMSSignedData().getSignerInfos()
                .getSigners().iterator().next().getEncryptionAlgOID());
    }

    @Test
    void refusesADigestThatIsNotSha256() {
        assertThrows(IllegalArgumentException.class, () -> tsa.timestamp(new byte[20]));
    }

    @Test
    void refusesToStartWhenItsCertificateDoesNotChainToTheAnchors() {
        var strangers = TimestampReplyValidator.fromPemFiles(List.of(Path.of("certs-sample/untrusted-root.pem")));

        assertThrows(IllegalStateException.class,
                () -> new BuiltInTimestampAuthority(TestPki.sampleKey(), TestPki.POLICY, clock, strangers));
    }

    @Test
    void everyReplyValidatesAsAnExternalTsasWould() throws Exception {
        TimestampReply reply = tsa.timestamp(digest);

        TimestampReply validated = TestPki.sampleValidator().validateStored(reply.encoded());
        assertEquals(validated.genTime(), reply.genTime());
        assertEquals(validated.serialNumber(), reply.serialNumber());
        assertEquals(validated.tsa(), reply.tsa());
        assertArrayEquals(digest, TimestampReplyValidator.messageImprint(reply.encoded()));
    }

    @Test
    void refusesToTimestampOnceItsCertificateHasExpired() {
        Instant notAfter = TestPki.sampleKey().certificate().getNotAfter().toInstant();
        AtomicReference<Instant> now = new AtomicReference<>(clock.instant());
        Clock movable = new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        BuiltInTimestampAuthority expiring = TestPki.sampleTsa(movable);
        expiring.timestamp(digest);

        now.set(notAfter.plusSeconds(1));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> expiring.timestamp(digest));
        assertTrue(refused.getMessage().contains("does not validate"), refused.getMessage());
    }
}
