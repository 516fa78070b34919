package eu.ecmr.accesspoint.document;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An e-CMR consignment note as the carrier signed it: the particulars of CMR Convention art. 6(1),
 * and the optional ones of art. 6(2)-(3) that the paper form has boxes for. Optional members are
 * null, optional lists empty.
 */
public record EcmrDocument(
        String ecmrNumber,
        String placeOfIssue,
        OffsetDateTime issuedAt,
        Party sender,
        Carrier carrier,
        Party consignee,
        PlaceAndDate takingOver,
        String deliveryPlace,
        List<GoodsItem> goods,
        List<Party> successiveCarriers,
        String senderInstructions,
        List<String> documentsHanded,
        Charges charges,
        MonetaryAmount cashOnDelivery,
        String reservations,
        String specialAgreements) {

    public EcmrDocument {
        goods = List.copyOf(goods);
        successiveCarriers = List.copyOf(successiveCarriers);
        documentsHanded = List.copyOf(documentsHanded);
    }
}
