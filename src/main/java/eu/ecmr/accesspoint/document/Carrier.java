package eu.ecmr.accesspoint.document;

/**
 * The carrier (CMR art. 6(1)(c)): {@code id} is its ETSI EN 319 412-1 identifier, the same as the
 * signer's organizationIdentifier; the vehicle is what an inspector stops at the roadside.
 */
public record Carrier(String id, String name, Address address, Vehicle vehicle) {
}
