package eu.ecmr.accesspoint.document;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The e-CMR document's members and rules (the contract's payload description, CMR art. 6),
 * read from one JSON object.
 */
final class DocumentFields {

    static final Set<String> MEMBERS = Set.of("ecmrNumber", "placeOfIssue", "issuedAt", "sender", "carrier",
            "consignee", "takingOver", "delivery", "goods", "successiveCarriers", "senderInstructions",
            "documentsHanded", "charges", "cashOnDelivery", "reservations", "specialAgreements");
    private static final Set<String> PARTY = Set.of("name", "address");
    private static final Set<String> SUCCESSIVE_CARRIER = Set.of("id", "name", "address");
    private static final Set<String> CARRIER = Set.of("id", "name", "address", "vehicle");
    private static final Set<String> ADDRESS = Set.of("street", "postcode", "city", "countryCode");
    private static final Set<String> VEHICLE = Set.of("registration", "countryCode");
    private static final Set<String> TAKING_OVER = Set.of("place", "date");
    private static final Set<String> DELIVERY = Set.of("place");
    private static final Set<String> GOODS = Set.of("marks", "packages", "packaging", "description",
            "statisticalNumber", "grossWeightKg", "volumeM3", "dangerousGoods");
    private static final Set<String> DANGEROUS = Set.of("unNumber", "class", "packingGroup");
    private static final Set<String> CHARGES = Set.of("total", "paidBy", "details");
    private static final Set<String> AMOUNT = Set.of("amount", "currency");

    /** ISO 3166-1 alpha-2, and XK (Kosovo), the user-assigned code the EU and CEFACT use for it. */
    private static final Set<String> COUNTRIES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(Locale.getISOCountries()), java.util.stream.Stream.of("XK"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    /** ADR 2.2: the classes and divisions of dangerous goods. */
    private static final Set<String> ADR_CLASSES = Set.of("1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2",
            "2.1", "2.2", "2.3", "3", "4.1", "4.2", "4.3", "5.1", "5.2", "6.1", "6.2", "7", "8", "9");

    private static final Pattern ECMR_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final Pattern CARRIER_ID = Pattern.compile("[A-Z]{3}[A-Z]{2}-[A-Za-z0-9+.:/-]{1,60}");
    private static final Pattern REGISTRATION = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]{0,19}");
    private static final Pattern UN_NUMBER = Pattern.compile("UN(?!0000)[0-9]{4}");
    private static final Pattern PACKING_GROUP = Pattern.compile("I|II|III");
    private static final Pattern PAID_BY = Pattern.compile("sender|consignee");
    private static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("1000000");
    private static final BigDecimal MAX_VOLUME_M3 = new BigDecimal("10000");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private static final int NAME = 200;
    private static final int PLACE = 200;
    private static final int TEXT = 4000;

    private final JsonFields root;

    DocumentFields(JsonFields root) {
        this.root = root;
    }

    EcmrDocument read() {
        return new EcmrDocument(
                root.text("ecmrNumber", true, 64, ECMR_NUMBER,
                        "must be 1 to 64 letters, digits, '.', '_', '/' or '-', starting with a letter or digit"),
                root.text("placeOfIssue", true, PLACE),
                root.dateTime("issuedAt"),
                party(root.object("sender", true, PARTY)),
                carrier(root.object("carrier", true, CARRIER)),
                party(root.object("consignee", true, PARTY)),
                takingOver(root.object("takingOver", true, TAKING_OVER)),
                delivery(root.object("delivery", true, DELIVERY)),
                root.array("goods", true, EcmrDocumentReader.MAX_GOODS_LINES, e -> goods(e.object(GOODS))),
                root.array("successiveCarriers", false, 20, e -> successiveCarrier(e.object(SUCCESSIVE_CARRIER))),
                root.text("senderInstructions", false, TEXT),
                root.array("documentsHanded", false, 100, e -> e.text(NAME)),
                charges(root.object("charges", false, CHARGES)),
                amount(root.object("cashOnDelivery", false, AMOUNT)),
                root.text("reservations", false, TEXT),
                root.text("specialAgreements", false, TEXT));
    }

    private Party party(JsonFields f) {
        return f == null ? null : new Party(f.text("name", true, NAME), address(f.object("address", true, ADDRESS)));
    }

    private Party successiveCarrier(JsonFields f) {
        if (f == null) {
            return null;
        }
        f.text("id", false, 64, CARRIER_ID, "must be an ETSI EN 319 412-1 identifier such as VATNL-NL000000001B01");
        return party(f);
    }

    private Carrier carrier(JsonFields f) {
        if (f == null) {
            return null;
        }
        return new Carrier(
                f.text("id", true, 64, CARRIER_ID, "must be an ETSI EN 319 412-1 identifier such as VATNL-NL000000001B01"),
                f.text("name", true, NAME),
                address(f.object("address", true, ADDRESS)),
                vehicle(f.object("vehicle", true, VEHICLE)));
    }

    private Vehicle vehicle(JsonFields f) {
        if (f == null) {
            return null;
        }
        return new Vehicle(
                f.text("registration", true, 20, REGISTRATION, "must be 1 to 20 letters, digits, spaces or dashes"),
                country(f, "countryCode", false));
    }

    private Address address(JsonFields f) {
        if (f == null) {
            return null;
        }
        return new Address(f.text("street", true, NAME), f.text("postcode", true, 20), f.text("city", true, 100),
                country(f, "countryCode", true));
    }

    private PlaceAndDate takingOver(JsonFields f) {
        return f == null ? null : new PlaceAndDate(f.text("place", true, PLACE), f.date("date"));
    }

    private String delivery(JsonFields f) {
        return f == null ? null : f.text("place", true, PLACE);
    }

    private GoodsItem goods(JsonFields f) {
        if (f == null) {
            return null;
        }
        Integer packages = f.integer("packages", 1, 1_000_000);
        return new GoodsItem(
                f.text("marks", true, 500),
                packages == null ? 0 : packages,
                f.text("packaging", true, 100),
                f.text("description", true, 1000),
                f.text("statisticalNumber", false, 20),
                f.positiveDecimal("grossWeightKg", true, MAX_WEIGHT_KG),
                f.positiveDecimal("volumeM3", false, MAX_VOLUME_M3),
                dangerousGoods(f.object("dangerousGoods", false, DANGEROUS)));
    }

    private DangerousGoods dangerousGoods(JsonFields f) {
        if (f == null) {
            return null;
        }
        String unNumber = f.text("unNumber", true, 6, UN_NUMBER, "must be 'UN' followed by four digits, e.g. UN1203");
        String hazardClass = f.text("class", true, 3);
        if (hazardClass != null && !ADR_CLASSES.contains(hazardClass)) {
            f.error("class", "must be an ADR class or division such as 3 or 6.1");
            hazardClass = null;
        }
        String packingGroup = f.text("packingGroup", false, 3, PACKING_GROUP, "must be I, II or III");
        return new DangerousGoods(unNumber, hazardClass, packingGroup);
    }

    private Charges charges(JsonFields f) {
        if (f == null) {
            return null;
        }
        return new Charges(amount(f.object("total", false, AMOUNT)),
                f.text("paidBy", false, 9, PAID_BY, "must be sender or consignee"),
                f.text("details", false, TEXT));
    }

    private MonetaryAmount amount(JsonFields f) {
        if (f == null) {
            return null;
        }
        BigDecimal amount = f.positiveDecimal("amount", true, MAX_AMOUNT);
        String currency = f.text("currency", true, 3);
        if (currency != null && !CURRENCIES.contains(currency)) {
            f.error("currency", "must be an ISO 4217 currency code such as EUR");
            currency = null;
        }
        return new MonetaryAmount(amount, currency);
    }

    private static String country(JsonFields f, String name, boolean required) {
        String code = f.text(name, required, 2);
        if (code != null && !COUNTRIES.contains(code)) {
            f.error(name, "must be an ISO 3166-1 alpha-2 country code such as NL");
            return null;
        }
        return code;
    }
}
