package eu.ecmr.accesspoint.document;

/** ADR particulars of dangerous goods: UN number, class, and packing group where the class has one. */
public record DangerousGoods(String unNumber, String hazardClass, String packingGroup) {
}
