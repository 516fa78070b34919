package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.GoodsItem;

/** The corpus of the renderer's fuzzing (docs/FUZZING.md): inputs that once broke it. */
class RendererFuzzCorpusTest {

    /**
     * The reader accepted 1e-999999999 kg before it allowed six decimal places at most: a note stored
     * then would have been written out, and summed, to a billion digits. It renders in the exponent form.
     */
    @Test
    void aStoredWeightWithABillionDecimalPlacesRendersInExponentForm() {
        EcmrDocument example = Fixtures.sample().document();
        GoodsItem first = example.goods().get(0);
        GoodsItem tiny = new GoodsItem(first.marks(), first.packages(), first.packaging(), first.description(),
                first.statisticalNumber(), new BigDecimal("1e-999999999"), new BigDecimal("1e-999999999"), null);
        EcmrDocument stored = new EcmrDocument(example.ecmrNumber(), example.placeOfIssue(), example.issuedAt(),
                example.sender(), example.carrier(), example.consignee(), example.takingOver(), example.deliveryPlace(),
                List.of(tiny, first), example.successiveCarriers(), example.senderInstructions(),
                example.documentsHanded(), example.charges(), example.cashOnDelivery(), example.reservations(),
                example.specialAgreements());

        Path file = Samples.write("tiny-weight.pdf", Fixtures.unchecked(stored).render());

        assertThat(PdfCopyShowsEveryBoxTest.textOf(file)).contains("1E-999999999");
    }
}
