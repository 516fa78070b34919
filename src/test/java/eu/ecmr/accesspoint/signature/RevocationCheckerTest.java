package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.signature.SamplePki.BEFORE_REVOCATION;
import static eu.ecmr.accesspoint.signature.SamplePki.CRL_ISSUED;
import static eu.ecmr.accesspoint.signature.SamplePki.REVOKED_AT;
import static eu.ecmr.accesspoint.signature.SamplePki.REVOKED_LEAF;
import static eu.ecmr.accesspoint.signature.VerifierFixture.ISSUING_CA;
import static eu.ecmr.accesspoint.signature.VerifierFixture.NOW;
import static eu.ecmr.accesspoint.signature.VerifierFixture.ROOT;
import static eu.ecmr.accesspoint.signature.VerifierFixture.SAMPLE_CRL;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.junit.jupiter.api.Test;

/** The revocation checker on the demo PKI's CRL, and on CRLs a throwaway CA signs. */
class RevocationCheckerTest {

    private static final X509Certificate CARRIER_A = SampleSigner.carrierA().leaf();

    private static RevocationChecker sampleCrlAt(Instant now) {
        return RevocationChecker.fromCrlFiles(List.of(SAMPLE_CRL), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static RevocationChecker crlsAt(Instant now, X509CRL... crls) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new RevocationChecker(List.of(crls), new DistributionPointCrls(List.of(), uri -> {
            throw new AssertionError("nothing may be fetched, yet " + uri + " was");
        }, clock), clock);
    }

    @Test
    void reportsTheRevokedLeafWithTimeAndReason() {
        RevocationStatus status = sampleCrlAt(NOW).check(REVOKED_LEAF, ISSUING_CA, NOW);

        assertThat(status).isEqualTo(new RevocationStatus.Revoked(REVOKED_AT, "keyCompromise"));
    }

    @Test
    void reportsRevokedAtTheMomentOfRevocation() {
        assertThat(sampleCrlAt(NOW).check(REVOKED_LEAF, ISSUING_CA, REVOKED_AT)).isInstanceOf(RevocationStatus.Revoked.class);
    }

    @Test
    void reportsGoodForATimeBeforeTheRevocation() {
        RevocationStatus status = sampleCrlAt(NOW).check(REVOKED_LEAF, ISSUING_CA, BEFORE_REVOCATION);

        assertThat(status).isInstanceOf(RevocationStatus.Good.class);
    }

    @Test
    void reportsGoodForALeafTheCrlDoesNotList() {
        RevocationStatus status = sampleCrlAt(NOW).check(CARRIER_A, ISSUING_CA, NOW);

        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Good.class, good -> assertThat(good.evidence())
                .contains("e-CMR Demo Carrier Issuing CA").contains(CRL_ISSUED.toString()));
    }

    /** The demo leafs name http://crl.ecmr-demo.invalid/..., a host on no allow-list: nothing is fetched. */
    @Test
    void reportsUnknownWithoutACrlAndFetchesNothing() {
        RevocationStatus status = crlsAt(NOW).check(REVOKED_LEAF, ISSUING_CA, NOW);

        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Unknown.class, unknown -> assertThat(unknown.why())
                .contains("http://crl.ecmr-demo.invalid/issuing-ca.crl")
                .contains("not on the allow-list"));
    }

    @Test
    void reportsUnknownWhenTheCrlIsOfAnotherIssuer() {
        X509Certificate seal = SampleSigner.load("seal").leaf(); // issued by the root, which publishes no CRL

        RevocationStatus status = sampleCrlAt(NOW).check(seal, ROOT, NOW);

        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Unknown.class,
                unknown -> assertThat(unknown.why()).contains("no CRL of 'CN=e-CMR Demo Root CA"));
    }

    @Test
    void reportsUnknownBeforeTheCrlWasIssued() {
        Instant earlier = CRL_ISSUED.minusSeconds(1);

        RevocationStatus status = sampleCrlAt(earlier).check(CARRIER_A, ISSUING_CA, earlier);

        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Unknown.class,
                unknown -> assertThat(unknown.why()).contains("after the time of checking"));
    }

    @Test
    void reportsUnknownAfterTheCrlsNextUpdate() {
        Instant later = SamplePki.CRL.getNextUpdate().toInstant().plusSeconds(1);

        RevocationStatus status = sampleCrlAt(later).check(CARRIER_A, ISSUING_CA, NOW);

        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Unknown.class,
                unknown -> assertThat(unknown.why()).contains("superseded at its nextUpdate"));
    }

    @Test
    void refusesACrlSignedWithAnotherKey() throws Exception {
        ThrowawayCa ca = new ThrowawayCa("Revoking CA", NOW);
        ThrowawayCa impostor = new ThrowawayCa("Impostor", NOW);
        X509Certificate leaf = ca.leaf("Leaf", URI.create("http://crl.example.invalid/ca.crl"));
        X509CRL forged = ca.crl(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)), null, null, null, impostor.keys);

        RevocationStatus status = crlsAt(NOW, forged).check(leaf, ca.certificate, NOW);

        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Unknown.class,
                unknown -> assertThat(unknown.why()).contains("signature does not verify with the key of").contains("Revoking CA"));
    }

    @Test
    void refusesACrlLimitedToCaCertificates() throws Exception {
        ThrowawayCa ca = new ThrowawayCa("Partitioning CA", NOW);
        X509Certificate leaf = ca.leaf("Leaf", URI.create("http://crl.example.invalid/ca.crl"));
        var onlyCas = new IssuingDistributionPoint(null, false, true, null, false, false);
        X509CRL partial = ca.crl(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)), leaf, NOW.minus(Duration.ofMinutes(30)),
                onlyCas, ca.keys);

        RevocationStatus status = crlsAt(NOW, partial).check(leaf, ca.certificate, NOW);

        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Unknown.class,
                unknown -> assertThat(unknown.why()).contains("issuingDistributionPoint"));
    }

    @Test
    void usesACrlWhoseDistributionPointTheCertificateNames() throws Exception {
        ThrowawayCa ca = new ThrowawayCa("Scoped CA", NOW);
        URI url = URI.create("http://crl.example.invalid/ca.crl");
        X509Certificate leaf = ca.leaf("Leaf", url);
        var samePoint = new IssuingDistributionPoint(
                new DistributionPointName(ThrowawayCa.fullName(url)), false, false, null, false, false);
        X509CRL scoped = ca.crl(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)), leaf, NOW.minus(Duration.ofMinutes(30)),
                samePoint, ca.keys);

        assertThat(crlsAt(NOW, scoped).check(leaf, ca.certificate, NOW)).isInstanceOf(RevocationStatus.Revoked.class);
    }
}
