package eu.ecmr.accesspoint.efti;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.signature.SignerIdentity;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.timestamp.TimestampReply;

/**
 * Stored notes for the mapping, whose signature is not what is under test: the original is a
 * compact JWS whose payload is the document (the signature part is not looked at here).
 */
public final class EftiSamples {

    public static final Instant SIGNED = Instant.parse("2026-11-27T07:14:03Z");
    public static final Instant STAMPED = Instant.parse("2026-11-27T07:15:11Z");

    private EftiSamples() {
    }

    public static StoredNote stored(byte[] document) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String jws = b64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(document) + ".c2ln";
        return new StoredNote(UUID.randomUUID(), "VATNL-NL000000001B01", SampleNotes.numberOf(document), STAMPED,
                JwsSerialization.COMPACT, jws.getBytes(StandardCharsets.US_ASCII), "00", "ES256", SIGNED,
                new SignerIdentity("CN=Carrier A Signer,O=Carrier A B.V.,C=NL", "CN=Demo Issuing CA,C=NL", "1f",
                        "VATNL-NL000000001B01"),
                new TimestampReply(new byte[0], STAMPED, "1234567", "CN=Demo TSA,O=e-CMR Demo,C=NL"), "BX-123-Z",
                LocalDate.parse("2026-11-27"));
    }

    /** The repository's example. */
    public static StoredNote example() {
        return stored(SampleNotes.document());
    }

    public static StoredNote example(Consumer<ObjectNode> change) {
        return stored(SampleNotes.document(change));
    }

    /** Only what the contract requires: one plain goods line, no optional particulars. */
    public static StoredNote minimal() {
        return example(d -> {
            for (String optional : new String[] { "successiveCarriers", "senderInstructions", "documentsHanded",
                    "charges", "cashOnDelivery", "reservations", "specialAgreements" }) {
                d.remove(optional);
            }
            ((ObjectNode) d.get("carrier").get("vehicle")).remove("countryCode");
            ArrayNode goods = (ArrayNode) d.get("goods");
            goods.remove(1);
            ((ObjectNode) goods.get(0)).remove("volumeM3");
            ((ObjectNode) goods.get(0)).remove("statisticalNumber");
        });
    }

    /** Everything the e-CMR can carry, with texts longer than the data set's elements. */
    public static StoredNote everything() {
        String longName = "Internationale Transport- en Expeditiemaatschappij voor Zeer Lange Namen en Nog Meer B.V.";
        return example(d -> {
            d.put("senderInstructions", "x".repeat(600));
            d.with("sender").put("name", longName);
            d.with("sender").with("address").put("street", "Boulevard of the extremely long street names 123456 bis");
            d.with("consignee").with("address").put("countryCode", "XK");
            ArrayNode successive = d.putArray("successiveCarriers");
            successive.addObject().put("id", "VATBE-BE0000000002").put("name", "Carrier B BV").set("address",
                    d.get("carrier").get("address").deepCopy());
            d.putObject("cashOnDelivery").put("amount", 99.5).put("currency", "EUR");
            d.put("reservations", "Two pallets damaged on taking over");
            d.put("specialAgreements", "y".repeat(300));
            d.with("carrier").with("vehicle").put("registration", "AB 12 CD 3456 EF 789");
        });
    }
}
