package eu.ecmr.accesspoint.efti.mapping;

import java.util.HashSet;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * The code lists of the shipped schemas that the e-CMR's own codes must fit: ISO 3166-1 country
 * codes (the 2006 edition, without XK) and ISO 4217 currencies (2012). A code outside the list is
 * left out of the data set rather than sent invalid.
 */
public final class CodeLists {

    private final Set<String> countries;
    private final Set<String> currencies;

    private CodeLists(Set<String> countries, Set<String> currencies) {
        this.countries = Set.copyOf(countries);
        this.currencies = Set.copyOf(currencies);
    }

    public static CodeLists load() {
        return new CodeLists(enumeration("/efti/xsd/codes/ISO_ISOTwo-letterCountryCode_SecondEdition2006.xsd"),
                enumeration("/efti/xsd/codes/ISO_ISO3AlphaCurrencyCode_2012-08-31.xsd"));
    }

    public boolean isCountry(String code) {
        return code != null && countries.contains(code);
    }

    public boolean isCurrency(String code) {
        return code != null && currencies.contains(code);
    }

    private static Set<String> enumeration(String resource) {
        Set<String> values = new HashSet<>();
        var nodes = DataSetSchema.parse(resource).getElementsByTagNameNS(DataSetSchema.XSD, "enumeration");
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute("value"));
        }
        if (values.isEmpty()) {
            throw new IllegalStateException(resource + " lists no codes");
        }
        return values;
    }
}
