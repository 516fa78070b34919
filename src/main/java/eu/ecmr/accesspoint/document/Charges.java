package eu.ecmr.accesspoint.document;

/** Charges relating to carriage (CMR art. 6(1)(i)) and who pays them (box 14 / 20). */
public record Charges(MonetaryAmount total, String paidBy, String details) {
}
