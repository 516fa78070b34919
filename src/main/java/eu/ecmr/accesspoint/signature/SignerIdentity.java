package eu.ecmr.accesspoint.signature;

/**
 * Who signed: taken from the leaf certificate. {@code organizationIdentifier} is the subject's
 * OID 2.5.4.97 attribute (ETSI EN 319 412-1 s.5.1.4), e.g. {@code VATNL-NL000000001B01}; null if absent.
 */
public record SignerIdentity(String subject, String issuer, String serialNumber, String organizationIdentifier) {
}
