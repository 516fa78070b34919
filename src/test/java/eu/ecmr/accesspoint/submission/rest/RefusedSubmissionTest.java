package eu.ecmr.accesspoint.submission.rest;

import static eu.ecmr.accesspoint.support.Api.JOSE;
import static eu.ecmr.accesspoint.support.Api.JOSE_JSON;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submit;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every bad input the submission issue names: the right status and problem type, and nothing stored. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RefusedSubmissionTest {

    @Inject
    StoredRows stored;
    private long notesBefore;

    @BeforeEach
    void countNotes() {
        notesBefore = stored.notes();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(stored.notes()).as("notes stored by a refused submission").isEqualTo(notesBefore);
    }

    private static String carrierA(byte[] document) {
        return SampleSigner.carrierA().sign(document);
    }

    @Test
    void refusesABodyThatIsNotAJws() {
        problem(submitCompact(TestTokens.carrierA(), "this is not a JWS"), 400, "malformed-jws");
    }

    @Test
    void refusesAFlattenedBodyThatIsNotJson() {
        problem(submit(TestTokens.carrierA(), JOSE_JSON, "{\"protected\":"), 400, "malformed-jws");
    }

    @Test
    void refusesAPayloadThatIsNotJson() {
        byte[] notJson = "carrier: A".getBytes(StandardCharsets.UTF_8);
        problem(submitCompact(TestTokens.carrierA(), carrierA(notJson)), 400, "malformed-payload");
    }

    @Test
    void refusesAlgNone() {
        String header = SampleSigner.base64Url("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String jws = header + "." + SampleSigner.base64Url(SampleNotes.document()) + ".";
        problem(submitCompact(TestTokens.carrierA(), jws), 400, "unsupported-algorithm");
    }

    @Test
    void refusesHmacKeyedWithTheSignersPublicKey() throws Exception {
        SampleSigner signer = SampleSigner.carrierA();
        Map<String, Object> header = new java.util.LinkedHashMap<>(signer.protectedHeader());
        header.put("alg", "HS256");
        String input = SampleSigner.base64Url(SampleSigner.json(header).getBytes(StandardCharsets.UTF_8)) + "."
                + SampleSigner.base64Url(SampleNotes.document());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signer.leaf().getPublicKey().getEncoded(), "HmacSHA256"));
        String jws = input + "." + SampleSigner.base64Url(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));

        problem(submitCompact(TestTokens.carrierA(), jws), 400, "unsupported-algorithm");
    }

    @Test
    void refusesASignatureThatDoesNotVerify() {
        String[] parts = carrierA(SampleNotes.document()).split("\\.");
        char[] signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        String jws = parts[0] + "." + parts[1] + "." + new String(signature);

        problem(submitCompact(TestTokens.carrierA(), jws), 422, "signature-invalid");
    }

    @Test
    void refusesAPayloadChangedAfterSigning() {
        String[] parts = carrierA(SampleNotes.document()).split("\\.");
        String changed = SampleSigner.base64Url(SampleNotes.document(d -> d.with("carrier").with("vehicle")
                .put("registration", "ZZ-999-Z")));

        problem(submitCompact(TestTokens.carrierA(), parts[0] + "." + changed + "." + parts[2]), 422,
                "signature-invalid");
    }

    @Test
    void refusesAChainToNoConfiguredAnchor() {
        problem(submitCompact(TestTokens.carrierA(), SampleSigner.load("untrusted").sign(SampleNotes.document())),
                422, "certificate-untrusted");
    }

    @Test
    void refusesALeafExpiredAtSigningTime() {
        problem(submitCompact(TestTokens.carrierA(),
                SampleSigner.load("carrier-a-expired").sign(SampleNotes.document())),
                422, "certificate-not-valid-at-signing-time");
    }

    @Test
    void refusesALeafNotYetValidAtSigningTime() {
        Instant beforeIssue = SampleSigner.carrierA().leaf().getNotBefore().toInstant().minus(1, ChronoUnit.DAYS);
        problem(submitCompact(TestTokens.carrierA(),
                SampleSigner.carrierA().signingTime(beforeIssue).sign(SampleNotes.document())),
                422, "certificate-not-valid-at-signing-time");
    }

    @Test
    void refusesASigningTimeInTheFuture() {
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        problem(submitCompact(TestTokens.carrierA(),
                SampleSigner.carrierA().signingTime(inAnHour).sign(SampleNotes.document())),
                422, "signing-time-in-future");
    }

    @Test
    void refusesALeafWithoutASigningKeyUsage() {
        problem(submitCompact(TestTokens.carrierA(),
                SampleSigner.load("carrier-a-no-signing").sign(SampleNotes.document())),
                422, "certificate-not-for-signing");
    }

    @Test
    void refusesATokenForAnotherCarrierThanTheSigner() {
        problem(submitCompact(TestTokens.carrierB(), carrierA(SampleNotes.document())), 403, "signer-mismatch");
    }

    @Test
    void refusesANoteNamingAnotherCarrierThanSignerAndToken() {
        byte[] forB = SampleNotes.document(d -> d.with("carrier").put("id", TestTokens.CARRIER_B));
        problem(submitCompact(TestTokens.carrierA(), carrierA(forB)), 403, "signer-mismatch");
    }

    @Test
    void refusesKeysByReference() {
        for (Map.Entry<String, Object> header : Map.<String, Object> of(
                "jku", "https://keys.example.com/jwks.json",
                "x5u", "https://keys.example.com/chain.pem",
                "jwk", Map.of("kty", "EC", "crv", "P-256", "x", "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                        "y", "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")).entrySet()) {
            String jws = SampleSigner.carrierA().withHeader(header.getKey(), header.getValue())
                    .sign(SampleNotes.document());
            problem(submitCompact(TestTokens.carrierA(), jws), 400, "forbidden-header");
        }
    }

    @Test
    void refusesAnUnknownCriticalExtension() {
        String jws = SampleSigner.carrierA().withHeader("crit", List.of("sigT", "exp")).withHeader("exp", 1)
                .sign(SampleNotes.document());
        problem(submitCompact(TestTokens.carrierA(), jws), 400, "forbidden-header");
    }

    @Test
    void refusesAMissingCertificateChain() {
        problem(submitCompact(TestTokens.carrierA(),
                SampleSigner.carrierA().withoutHeader("x5c").sign(SampleNotes.document())), 400, "invalid-header");
    }

    @Test
    void refusesAMissingSigningTime() {
        String jws = SampleSigner.carrierA().withoutHeader("sigT").withoutHeader("crit").sign(SampleNotes.document());
        problem(submitCompact(TestTokens.carrierA(), jws), 400, "invalid-header");
    }

    @Test
    void refusesEmptyGoods() {
        contentRefused(d -> d.putArray("goods"), "/goods");
    }

    @Test
    void refusesAWeightOfZeroOrLess() {
        contentRefused(d -> ((ObjectNode) d.withArray("goods").get(0)).put("grossWeightKg", 0),
                "/goods/0/grossWeightKg");
    }

    @Test
    void refusesABadCountryCode() {
        contentRefused(d -> d.with("consignee").with("address").put("countryCode", "Belgium"),
                "/consignee/address/countryCode");
    }

    @Test
    void refusesABadUnNumber() {
        contentRefused(d -> ((ObjectNode) d.withArray("goods").get(1)).with("dangerousGoods").put("unNumber", "UN12"),
                "/goods/1/dangerousGoods/unNumber");
    }

    @Test
    void refusesDuplicateMemberNames() {
        String json = new String(SampleNotes.document(), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"placeOfIssue\":\"Antwerpen\",");
        problem(submitCompact(TestTokens.carrierA(), carrierA(json.getBytes(StandardCharsets.UTF_8))), 422,
                "content-invalid")
                .body("errors.pointer", hasItem("/placeOfIssue"));
    }

    @Test
    void refusesADeeplyNestedDocument() {
        String json = new String(SampleNotes.document(), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"specialAgreements\":" + "[".repeat(2_000) + "]".repeat(2_000) + ",");
        problem(submitCompact(TestTokens.carrierA(), carrierA(json.getBytes(StandardCharsets.UTF_8))), 422,
                "content-invalid");
    }

    @Test
    void refusesTheWrongContentType() {
        problem(submit(TestTokens.carrierA(), "application/json", carrierA(SampleNotes.document())), 415,
                "unsupported-media-type");
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        String huge = "a".repeat(1_048_577);
        problem(submit(TestTokens.carrierA(), JOSE, huge), 413, "payload-too-large");
    }

    @Test
    void refusesACallWithoutAToken() {
        problem(eu.ecmr.accesspoint.support.Api.given().contentType(JOSE).body(carrierA(SampleNotes.document()))
                .when().post(eu.ecmr.accesspoint.support.Api.NOTES).then(), 401, "unauthenticated")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void refusesAnExpiredToken() {
        problem(submitCompact(TestTokens.expiredCarrierA(), carrierA(SampleNotes.document())), 401, "unauthenticated");
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        problem(submitCompact(TestTokens.foreignIssuerCarrierA(), carrierA(SampleNotes.document())), 401,
                "unauthenticated");
    }

    @Test
    void refusesATokenSignedWithAnUnknownKey() {
        problem(submitCompact(TestTokens.forgedCarrierA(), carrierA(SampleNotes.document())), 401, "unauthenticated");
    }

    @Test
    void refusesCallersWhoAreNotCarriers() {
        problem(submitCompact(TestTokens.inspector(), carrierA(SampleNotes.document())), 403, "forbidden");
        problem(submitCompact(TestTokens.auditor(), carrierA(SampleNotes.document())), 403, "forbidden");
    }

    @Test
    void refusesACarrierTokenThatNamesNoCarrier() {
        problem(submitCompact(TestTokens.carrierWithoutCarrierId(), carrierA(SampleNotes.document())), 403,
                "forbidden");
    }

    private void contentRefused(java.util.function.Consumer<ObjectNode> change, String pointer) {
        problem(submitCompact(TestTokens.carrierA(), carrierA(SampleNotes.document(change))), 422, "content-invalid")
                .body("errors.pointer", hasItem(pointer));
    }
}
