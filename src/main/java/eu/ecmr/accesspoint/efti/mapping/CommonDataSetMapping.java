package eu.ecmr.accesspoint.efti.mapping;

import static eu.ecmr.accesspoint.efti.mapping.Values.DATE;
import static eu.ecmr.accesspoint.efti.mapping.Values.DATE_TIME_WITH_OFFSET;
import static eu.ecmr.accesspoint.efti.mapping.Values.format;
import static eu.ecmr.accesspoint.efti.mapping.Values.pieces;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import eu.ecmr.accesspoint.document.Address;
import eu.ecmr.accesspoint.document.DangerousGoods;
import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.GoodsItem;
import eu.ecmr.accesspoint.document.MonetaryAmount;
import eu.ecmr.accesspoint.document.Party;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * An accepted note as a {@code consignment} of the e-FTI common data set
 * ({@code consignment-common.xsd}). Field by field in docs/EFTI-MAPPING.md, which also lists what
 * has no place on either side. Values too long for an element that may repeat are split over
 * several; values too long for an element that occurs once are left out, never cut short.
 */
public final class CommonDataSetMapping {

    /** UN/EDIFACT 1001: road consignment note (CMR). */
    static final String ROAD_CONSIGNMENT_NOTE = "730";
    /** UN/CEFACT Recommendation 19: road transport. */
    static final String ROAD = "3";
    /** UN/EDIFACT 3035 party function codes. */
    static final String CONSIGNOR = "CZ";
    static final String CONSIGNEE = "CN";
    static final String CARRIER = "CA";
    private static final String KILOGRAM = "KGM";
    private static final String CUBIC_METRE = "MTQ";

    private final CodeLists codes;

    public CommonDataSetMapping(CodeLists codes) {
        this.codes = codes;
    }

    /**
     * @param tree the document as signed, for what {@link EcmrDocument} does not keep (a successive carrier's id)
     * @param noteUri where the note can be read at this Access Point
     */
    public XmlElement map(StoredNote note, EcmrDocument document, JsonNode tree, String noteUri) {
        XmlElement c = new XmlElement("consignment");
        party(c, "consignor", document.sender(), null, CONSIGNOR);
        XmlElement carrier = party(c, "carrier", new Party(document.carrier().name(), document.carrier().address()),
                document.carrier().id(), CARRIER);
        XmlElement signature = carrier.add("confirmedDocumentAuthentication");
        signature.text("actualDateTime", Values.dateTime(note.signingTime()), format(DATE_TIME_WITH_OFFSET));
        Values.fitting(commonName(note.signer().subject()), 35)
                .ifPresent(name -> carrier.add("authoritativeSignatoryPerson").text("name", name));
        party(c, "consignee", document.consignee(), null, CONSIGNEE);
        for (int i = 0; i < document.successiveCarriers().size(); i++) {
            String id = tree.path("successiveCarriers").path(i).path("id").asText(null);
            party(c, "connectingCarrier", document.successiveCarriers().get(i), id, CARRIER);
        }

        c.text("carrierAcceptanceDateTime", Values.date(document.takingOver().date()), format(DATE));
        location(c, "carrierAcceptanceLocation", document.takingOver().place());
        location(c, "consigneeReceiptLocation", document.deliveryPlace());
        location(c.add("deliveryEvent"), "occurrenceLocation", document.deliveryPlace());

        transportContract(c, note, document, noteUri);
        timestamp(c, note);
        movement(c, document);
        goods(c, document.goods());

        for (String handed : document.documentsHanded()) {
            pieces("Document handed to the carrier: " + handed, 256).forEach(p -> c.text("information", p));
        }
        pieces(document.senderInstructions(), 256).forEach(p -> c.text("consignorProvidedInformationText", p));
        pieces(document.specialAgreements(), 256).forEach(p -> c.text("contractTermsText", p));
        amount(c, "cODAmount", document.cashOnDelivery());
        if (document.charges() != null && document.charges().total() != null) {
            XmlElement charge = c.add("applicableServiceCharge");
            amount(charge, "appliedAmount", document.charges().total());
            charge.text("payingPartyRoleCode", "sender".equals(document.charges().paidBy()) ? CONSIGNOR
                    : "consignee".equals(document.charges().paidBy()) ? CONSIGNEE : null);
        }
        return c;
    }

    private XmlElement party(XmlElement parent, String element, Party party, String etsiId, String role) {
        XmlElement p = parent.add(element);
        Values.EtsiIdentifier.parse(etsiId).ifPresent(id -> {
            Values.fitting(id.value(), 17).ifPresent(v -> p.text("id", v, Map.of("schemeAgencyId", id.scheme())));
            if ("VAT".equals(id.type())) {
                Values.fitting(id.value(), 35).ifPresent(v -> p.add("taxRegistration").text("id", v));
            }
        });
        pieces(party.name(), 70).forEach(n -> p.text("name", n));
        address(p.add("postalAddress"), party.address());
        p.text("roleCode", role);
        return p;
    }

    private void address(XmlElement a, Address address) {
        pieces(address.street(), 35).forEach(s -> a.text("streetName", s));
        a.text("postcode", address.postcode());
        pieces(address.city(), 35).forEach(s -> a.text("cityName", s));
        if (codes.isCountry(address.countryCode())) {
            a.text("countryCode", address.countryCode());
        }
    }

    private static void location(XmlElement parent, String element, String place) {
        XmlElement l = parent.add(element);
        pieces(place, 256).forEach(p -> l.text("name", p));
    }

    private static void transportContract(XmlElement c, StoredNote note, EcmrDocument document, String noteUri) {
        XmlElement d = c.add("transportContractDocument");
        Values.fitting(document.ecmrNumber(), 35).ifPresent(n -> d.text("id", n));
        d.text("typeCode", ROAD_CONSIGNMENT_NOTE);
        d.text("formattedIssueDateTime", Values.dateTime(document.issuedAt()), format(DATE_TIME_WITH_OFFSET));
        location(d, "issueLocation", document.placeOfIssue());
        Values.fitting(noteUri, 512).ifPresent(u -> d.text("uRI", u));
    }

    /** The RFC 3161 timestamp over the note, a document of its own issued by the TSA. */
    private static void timestamp(XmlElement c, StoredNote note) {
        XmlElement t = c.add("associatedDocument");
        Values.fitting(note.timestamp().serialNumber(), 35).ifPresent(s -> t.text("id", s));
        t.text("formattedIssueDateTime", Values.dateTime(note.timestamp().genTime()), format(DATE_TIME_WITH_OFFSET));
        XmlElement tsa = t.add("issuer");
        pieces(note.timestamp().tsa(), 70).forEach(n -> tsa.text("name", n));
    }

    private void movement(XmlElement c, EcmrDocument document) {
        XmlElement m = c.add("mainCarriageTransportMovement");
        m.text("dangerousGoodsIndicator", String.valueOf(document.goods().stream()
                .anyMatch(g -> g.dangerousGoods() != null)));
        m.text("modeCode", ROAD);
        m.text("sequenceNumber", "1");
        XmlElement means = m.add("usedTransportMeans");
        Values.registration(document.carrier().vehicle().registration()).ifPresent(r -> means.text("id", r));
        String country = document.carrier().vehicle().countryCode();
        if (codes.isCountry(country)) {
            means.add("registrationCountry").text("code", country);
        }
    }

    private static void goods(XmlElement c, List<GoodsItem> goods) {
        XmlElement cargo = c.add("natureIdentificationCargo");
        for (GoodsItem item : goods) {
            pieces(item.description(), 512).forEach(p -> cargo.text("identificationText", p));
            XmlElement pkg = c.add("transportPackage");
            pkg.text("itemQuantity", String.valueOf(item.packages()));
            pieces(item.packaging(), 35).forEach(p -> pkg.text("typeText", p));
            XmlElement marks = pkg.add("shippingMarks");
            pieces(item.marks(), 70).forEach(p -> marks.text("markingText", p));

            XmlElement line = c.add("includedConsignmentItem");
            line.text("goodsUnitQuantity", String.valueOf(item.packages()));
            line.text("grossVolume", Values.measure(item.volumeM3()), Map.of("unitId", CUBIC_METRE));
            if (item.dangerousGoods() != null) {
                dangerousGoods(line.add("transportDangerousGoods"), item, item.dangerousGoods());
            }
        }
        c.text("grossWeight", Values.measure(goods.stream().map(GoodsItem::grossWeightKg)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), Map.of("unitId", KILOGRAM));
        List<BigDecimal> volumes = goods.stream().map(GoodsItem::volumeM3).filter(Objects::nonNull).toList();
        if (!volumes.isEmpty()) {
            c.text("grossVolume", Values.measure(volumes.stream().reduce(BigDecimal.ZERO, BigDecimal::add)),
                    Map.of("unitId", CUBIC_METRE));
        }
        c.text("numberOfPackages", String.valueOf(goods.stream().mapToLong(GoodsItem::packages).sum()));
    }

    /** ADR 5.4.1.1.1: UN number, proper shipping name, class, packing group. */
    private static void dangerousGoods(XmlElement dg, GoodsItem item, DangerousGoods goods) {
        dg.text("uNDGID", goods.unNumber().substring(2));
        dg.text("hazardClassificationID", goods.hazardClass());
        dg.text("packagingDangerLevelCode", packagingDangerLevel(goods.packingGroup()));
        dg.text("grossWeight", Values.measure(item.grossWeightKg()), Map.of("unitId", KILOGRAM));
        pieces(item.description(), 128).forEach(p -> dg.text("properShippingName", p));
        XmlElement pkg = dg.add("dangerousGoodsLogisticsPackage");
        pkg.text("itemQuantity", String.valueOf(item.packages()));
        pieces(item.packaging(), 35).forEach(p -> pkg.text("typeText", p));
        XmlElement marks = pkg.add("shippingMarks");
        pieces(item.marks(), 70).forEach(p -> marks.text("markingText", p));
    }

    /** UN/EDIFACT 8339: 1, 2, 3 for packing groups I, II, III. */
    private static String packagingDangerLevel(String packingGroup) {
        return packingGroup == null ? null : switch (packingGroup) {
            case "I" -> "1";
            case "II" -> "2";
            case "III" -> "3";
            default -> null;
        };
    }

    private void amount(XmlElement parent, String element, MonetaryAmount amount) {
        if (amount != null && amount.amount() != null) {
            parent.text(element, Values.amount(amount.amount()), codes.isCurrency(amount.currency())
                    ? Map.of("currencyId", amount.currency()) : Map.of());
        }
    }

    /** The CN of an RFC 2253 subject, the signer's name. */
    static String commonName(String subject) {
        if (subject == null) {
            return null;
        }
        for (String rdn : subject.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String part = rdn.strip();
            if (part.regionMatches(true, 0, "CN=", 0, 3)) {
                return part.substring(3).replace("\\", "");
            }
        }
        return null;
    }
}
