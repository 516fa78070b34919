package eu.ecmr.accesspoint.rendering.layout;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import eu.ecmr.accesspoint.document.Carrier;
import eu.ecmr.accesspoint.document.Charges;
import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.Party;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * The note laid out as the paper CMR form: boxes 1 to 5 beside the title and 16 to 18, the goods
 * table (6 to 12), then 13 to 21 and the signatures (22 to 24), in the order people know.
 */
final class NoteForm {

    /** CMR art. 6(1)(k): the statement every consignment note must contain. */
    static final String CMR_STATEMENT = "This carriage is subject, notwithstanding any clause to the contrary, to the "
            + "Convention on the Contract for the International Carriage of Goods by Road (CMR).";

    private final Wrapper wrapper;
    private final GoodsTable goodsTable;

    NoteForm(Fonts fonts) {
        this.wrapper = new Wrapper(fonts);
        this.goodsTable = new GoodsTable(wrapper);
    }

    List<Block> blocks(StoredNote note, EcmrDocument doc, SealNotice seal) {
        float half = Sheet.HALF;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Row(List.of(party("1", "Sender (name, address, country)", doc.sender()), masthead(doc)),
                true, false, false));
        blocks.add(Row.boxes(party("2", "Consignee (name, address, country)", doc.consignee()), carrier(doc.carrier())));
        blocks.add(Row.boxes(
                numbered(half, "3", "Place of delivery of the goods").text(doc.deliveryPlace(), Style.VALUE).cell(),
                successiveCarriers(doc.successiveCarriers())));
        Box takingOverAndDocuments = numbered(half, "4", "Place and date of taking over the goods");
        takingOverAndDocuments.text(doc.takingOver() == null ? null : doc.takingOver().place(), Style.VALUE)
                .optional(doc.takingOver() == null || doc.takingOver().date() == null ? null
                        : doc.takingOver().date().toString(), Style.VALUE);
        blocks.add(Row.boxes(takingOverAndDocuments.cell(),
                numbered(half, "18", "Carrier's reservations and observations")
                        .text(doc.reservations(), Style.VALUE).cell()));
        Box documents = numbered(Sheet.CONTENT_WIDTH, "5", "Documents attached");
        if (doc.documentsHanded().isEmpty()) {
            documents.text(null, Style.VALUE);
        }
        doc.documentsHanded().forEach(d -> documents.text("\u2022 " + d, Style.VALUE));
        blocks.add(Row.boxes(documents.cell()));
        blocks.add(goodsTable.of(doc.goods()));
        blocks.add(Row.boxes(
                numbered(half, "13", "Sender's instructions").text(doc.senderInstructions(), Style.VALUE).cell(),
                numbered(half, "19", "Special agreements").text(doc.specialAgreements(), Style.VALUE).cell()));
        Charges charges = doc.charges();
        blocks.add(Row.boxes(
                numbered(half, "14", "Payment instructions, charges")
                        .labelled("Charges:", charges == null ? null : Formats.amount(charges.total()))
                        .optional(charges == null ? null : charges.details(), Style.VALUE).cell(),
                numbered(half, "20", "To be paid by")
                        .text(charges == null || charges.paidBy() == null ? null : paidBy(charges), Style.VALUE).cell()));
        blocks.add(Row.boxes(
                numbered(half, "15", "Cash on delivery").text(Formats.amount(doc.cashOnDelivery()), Style.VALUE).cell(),
                numbered(half, "21", "Established in / on")
                        .labelled("in", doc.placeOfIssue())
                        .labelled("on", doc.issuedAt() == null ? null
                                : doc.issuedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).cell()));
        blocks.add(new SignatureBox(wrapper).of(note, doc, seal));
        return blocks;
    }

    private Cell masthead(EcmrDocument doc) {
        Box box = Box.of(wrapper, Sheet.HALF).withQrCode(Sheet.QR_SIZE + 2 * Sheet.PAD + 8);
        return box.text("INTERNATIONAL CONSIGNMENT NOTE", Style.TITLE)
                .text("CMR \u00B7 electronic consignment note (e-CMR)", Style.SMALL)
                .text("e-CMR No.", Style.LABEL)
                .text(doc.ecmrNumber(), Style.BIG)
                .text(CMR_STATEMENT, Style.SMALL).cell();
    }

    private Cell party(String number, String label, Party party) {
        Box box = numbered(Sheet.HALF, number, label);
        if (party == null) {
            return box.text(null, Style.VALUE).cell();
        }
        box.text(party.name(), Style.STRONG);
        Formats.address(party.address()).forEach(line -> box.text(line, Style.VALUE));
        return box.cell();
    }

    private Cell carrier(Carrier carrier) {
        Box box = numbered(Sheet.HALF, "16", "Carrier (name, address, country)");
        if (carrier == null) {
            return box.text(null, Style.VALUE).cell();
        }
        box.text(carrier.name(), Style.STRONG);
        Formats.address(carrier.address()).forEach(line -> box.text(line, Style.VALUE));
        box.labelled("Carrier id:", carrier.id());
        String vehicle = carrier.vehicle() == null ? null : Formats.join(" ", carrier.vehicle().registration(),
                carrier.vehicle().countryCode() == null ? null : "(" + carrier.vehicle().countryCode() + ")");
        return box.labelled("Vehicle registration:", vehicle).cell();
    }

    private Cell successiveCarriers(List<Party> carriers) {
        Box box = numbered(Sheet.HALF, "17", "Successive carriers");
        if (carriers.isEmpty()) {
            box.text(null, Style.VALUE);
        }
        carriers.forEach(c -> box.text(Formats.party(c), Style.VALUE));
        return box.cell();
    }

    private static String paidBy(Charges charges) {
        String who = switch (charges.paidBy()) {
            case "sender" -> "Sender";
            case "consignee" -> "Consignee";
            default -> charges.paidBy();
        };
        String total = Formats.amount(charges.total());
        return total == null ? who : who + ": " + total;
    }

    private Box numbered(float width, String number, String label) {
        return Box.numbered(wrapper, width, number, label);
    }
}
