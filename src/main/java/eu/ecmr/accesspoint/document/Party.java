package eu.ecmr.accesspoint.document;

/** Sender, consignee or successive carrier (CMR art. 6(1)(b), (c), (e)). */
public record Party(String name, Address address) {
}
