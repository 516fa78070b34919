package eu.ecmr.accesspoint.document;

/** A postal address; {@code countryCode} is ISO 3166-1 alpha-2. */
public record Address(String street, String postcode, String city, String countryCode) {
}
