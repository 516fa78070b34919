package eu.ecmr.accesspoint.efti.mapping;

import java.util.Optional;

import eu.ecmr.accesspoint.document.EcmrDocument;

/**
 * The identifiers a gate indexes a note by ({@code consignment-identifier.xsd}): when the carrier
 * took the goods over, and the vehicle by registration and country, which is what an inspector at
 * the roadside searches for.
 */
public final class IdentifierMapping {

    private final CodeLists codes;

    public IdentifierMapping(CodeLists codes) {
        this.codes = codes;
    }

    public XmlElement map(EcmrDocument document) {
        XmlElement c = new XmlElement("consignment");
        c.text("carrierAcceptanceDateTime", Values.date(document.takingOver().date()), Values.format(Values.DATE));
        XmlElement movement = c.add("mainCarriageTransportMovement");
        movement.text("dangerousGoodsIndicator", String.valueOf(document.goods().stream()
                .anyMatch(g -> g.dangerousGoods() != null)));
        movement.text("modeCode", CommonDataSetMapping.ROAD);
        Optional<String> registration = Values.registration(document.carrier().vehicle().registration());
        Optional<String> country = vehicleCountry(document);
        if (registration.isPresent() && country.isPresent()) {
            XmlElement means = movement.add("usedTransportMeans");
            means.text("id", registration.get());
            means.add("registrationCountry").text("code", country.get());
        }
        return c;
    }

    /**
     * The schema requires the vehicle's country beside its registration. A note that names none is
     * taken to be on a vehicle registered in the carrier's country, so that the gate can still find it.
     */
    private Optional<String> vehicleCountry(EcmrDocument document) {
        String declared = document.carrier().vehicle().countryCode();
        if (declared != null) {
            return codes.isCountry(declared) ? Optional.of(declared) : Optional.empty();
        }
        String carrierCountry = document.carrier().address().countryCode();
        return codes.isCountry(carrierCountry) ? Optional.of(carrierCountry) : Optional.empty();
    }
}
