package eu.ecmr.accesspoint.document;

/** The vehicle carrying the goods: its registration as printed on the plate, and optionally its country. */
public record Vehicle(String registration, String countryCode) {
}
