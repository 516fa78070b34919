package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.GoodsItem;
import eu.ecmr.accesspoint.document.Party;
import eu.ecmr.accesspoint.rendering.Fixtures.Sample;
import eu.ecmr.accesspoint.submission.StoredNote;

/** What poppler's pdftotext reads from the copy: every particular of the note, in every script it uses. */
class PdfCopyShowsEveryBoxTest {

    @Test
    void showsEveryFieldOfTheSampleNote() {
        Sample sample = Fixtures.sample();
        String text = textOf(Samples.write("sample.pdf", sample.render()));

        assertThat(text).contains(squeezed(valuesOf(sample.document())));
        assertThat(text).contains(squeezed(List.of(
                "1Sender", "2Consignee", "3Placeofdelivery", "4Placeanddateoftakingover", "5Documentsattached",
                // The goods table's narrow headers wrap, so only their first words are on one line.
                "6Marksandnumbers", "7Number", "8Methodof", "9Natureofthegoods",
                "10Statistical", "11Gross", "12Volume,", "13Sender'sinstructions",
                "14Paymentinstructions", "15Cashondelivery", "16Carrier", "17Successivecarriers",
                "18Carrier'sreservations", "19Specialagreements", "20Tobepaidby", "21Establishedin/on",
                "22–24Signaturesandstamps")));
        assertThat(text).contains(squeezed(List.of(
                "This carriage is subject, notwithstanding any clause to the contrary, to the Convention on the "
                        + "Contract for the International Carriage of Goods by Road (CMR).",
                "ADR: UN1263, class 3, PG II")));
    }

    @Test
    void showsTheSignatureTimestampAndCopyMarking() {
        Sample sample = Fixtures.sample();
        StoredNote note = sample.note();
        String text = textOf(Samples.write("sample.pdf", sample.render()));

        assertThat(text).contains(squeezed(List.of(
                note.signer().subject(), note.signer().organizationIdentifier(), Fixtures.SIGNING_TIME.toString(),
                note.timestamp().genTime().toString(), note.timestamp().tsa(), note.payloadDigest(),
                "COPY of the electronic consignment note (e-CMR) held by e-CMR Access Point",
                "Note " + note.id(), "Page 1 of 1", "e-CMR No. NL-2026-000123",
                "https://ap.example.eu/api/v1/consignment-notes/" + note.id() + "/verification?sha256="
                        + note.payloadDigest())));
    }

    @Test
    void showsGreekAndCyrillicAsWritten() {
        Sample sample = Samples.greekAndCyrillic();
        String text = textOf(Samples.write("greek-cyrillic.pdf", sample.render()));

        assertThat(text).contains(squeezed(List.of("Ελληνικά Κεραμικά Α.Ε.", "Οδός Ερμού 12", "Αθήνα",
                "ТОВ «Київська Кераміка»", "вул. Хрещатик, 22", "Київ", "Łódź, Polska",
                "Керамічні вироби, глазуровані; Příliš žluťoučký kůň", "Χρώμα, εύφλεκτο (Ștefan & Søren)",
                "Να διατηρείται στεγνό. Берегти від вологи.")));
        assertThat(text).doesNotContain("\uFFFD");
    }

    static List<String> valuesOf(EcmrDocument doc) {
        List<String> values = new ArrayList<>(List.of(doc.ecmrNumber(), doc.placeOfIssue(),
                doc.issuedAt().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                doc.carrier().id(), doc.carrier().name(), doc.carrier().vehicle().registration(),
                doc.takingOver().place(), doc.takingOver().date().toString(), doc.deliveryPlace(),
                doc.senderInstructions(), doc.specialAgreements(), doc.charges().total().amount().toPlainString(),
                doc.charges().total().currency(), "Sender"));
        for (Party party : List.of(doc.sender(), doc.consignee(), new Party(doc.carrier().name(), doc.carrier().address()))) {
            values.addAll(List.of(party.name(), party.address().street(), party.address().postcode(),
                    party.address().city(), party.address().countryCode()));
        }
        values.addAll(doc.documentsHanded());
        for (GoodsItem item : doc.goods()) {
            values.addAll(List.of(item.marks(), String.valueOf(item.packages()), item.packaging(), item.description(),
                    item.grossWeightKg().toPlainString()));
            if (item.statisticalNumber() != null) {
                values.add(item.statisticalNumber());
            }
            if (item.volumeM3() != null) {
                values.add(item.volumeM3().toPlainString());
            }
        }
        return values;
    }

    static String textOf(Path pdf) {
        return squeezed(Poppler.pdftotext(pdf));
    }

    /** Without white space: a value wrapped over two lines is still found. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String[] squeezed(List<String> values) {
        return values.stream().map(PdfCopyShowsEveryBoxTest::squeezed).toArray(String[]::new);
    }
}
