package eu.ecmr.accesspoint.efti.mapping;

import static eu.ecmr.accesspoint.efti.EftiXml.has;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.efti.EftiXml;
import eu.ecmr.accesspoint.submission.StoredNote;

/** A gate asking for subsets gets exactly the elements the schema annotates with them. */
class SubsetFilteringTest {

    private static final DataSetSchema SCHEMA = DataSetSchema.common();

    @Test
    void everySubsetAloneValidatesForEverySample() {
        for (StoredNote note : CommonDataSetTest.SAMPLES) {
            for (String subset : CommonDataSetTest.DATA_SETS.knownSubsets()) {
                EftiXml.validCommon(CommonDataSetTest.DATA_SETS.commonDataSet(note, Set.of(subset)));
            }
        }
    }

    @Test
    void everyElementInASubsetIsAnnotatedWithIt() {
        for (StoredNote note : CommonDataSetTest.SAMPLES) {
            for (String subset : CommonDataSetTest.DATA_SETS.knownSubsets()) {
                byte[] xml = CommonDataSetTest.DATA_SETS.commonDataSet(note, Set.of(subset));
                List<String> outside = new ArrayList<>();
                outsideOf(subset, EftiXml.parse(xml).getDocumentElement(), SCHEMA.rootType(), outside);
                assertThat(outside).as("elements outside " + subset).isEmpty();
            }
        }
    }

    @Test
    void eu01HoldsTheConsignmentsFrameButNoGoodsNorCarrier() {
        byte[] xml = CommonDataSetTest.DATA_SETS.commonDataSet(CommonDataSetTest.SAMPLES.get(0), Set.of("EU01"));
        assertThat(has(xml, "carrierAcceptanceDateTime")).isTrue();
        assertThat(has(xml, "consignor/name")).isTrue();
        assertThat(has(xml, "consignor/postalAddress/cityName")).isTrue();
        assertThat(has(xml, "mainCarriageTransportMovement/usedTransportMeans/id")).isTrue();
        assertThat(has(xml, "transportContractDocument/typeCode")).isTrue();
        assertThat(has(xml, "carrier")).isFalse();
        assertThat(has(xml, "consignee")).isFalse();
        assertThat(has(xml, "includedConsignmentItem")).isFalse();
        assertThat(has(xml, "transportPackage")).isFalse();
        assertThat(has(xml, "mainCarriageTransportMovement/modeCode")).isFalse();
        assertThat(has(xml, "contractTermsText")).isFalse();
    }

    @Test
    void eu03AddsCarrierConsigneeAndDangerousGoods() {
        byte[] xml = CommonDataSetTest.DATA_SETS.commonDataSet(CommonDataSetTest.SAMPLES.get(0), Set.of("EU03"));
        assertThat(has(xml, "carrier/name")).isTrue();
        assertThat(has(xml, "carrier/confirmedDocumentAuthentication/actualDateTime")).isFalse();
        assertThat(has(xml, "consignee/postalAddress/countryCode")).isTrue();
        assertThat(has(xml, "includedConsignmentItem/transportDangerousGoods/uNDGID")).isTrue();
        assertThat(has(xml, "includedConsignmentItem/transportDangerousGoods/hazardClassificationID")).isFalse();
        assertThat(has(xml, "transportPackage/shippingMarks/markingText")).isTrue();
        assertThat(has(xml, "deliveryEvent")).isFalse();
        assertThat(has(xml, "applicableServiceCharge")).isFalse();
    }

    @Test
    void severalSubsetsGiveTheUnionOfTheirElements() {
        byte[] xml = CommonDataSetTest.DATA_SETS.commonDataSet(CommonDataSetTest.SAMPLES.get(0),
                Set.of("EU01", "EU05a"));
        assertThat(has(xml, "consignor/name")).isTrue();
        assertThat(has(xml, "includedConsignmentItem/transportDangerousGoods/hazardClassificationID")).isTrue();
        assertThat(has(xml, "mainCarriageTransportMovement/modeCode")).isTrue();
    }

    @Test
    void unknownOrMissingSubsetsAreRefused() {
        for (List<String> asked : List.of(List.of("EU99"), List.of("EU01", "eu02"), List.<String> of(), List.of(" , "))) {
            assertThatThrownBy(() -> CommonDataSetTest.DATA_SETS.subsets(asked))
                    .isInstanceOfSatisfying(AccessPointException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProblemKind.INVALID_PARAMETER));
        }
        assertThat(CommonDataSetTest.DATA_SETS.subsets(List.of("EU01,EU03", "EU01"))).containsExactly("EU01", "EU03");
    }

    private static void outsideOf(String subset, Element element, String type, List<String> outside) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                DataSetSchema.Child declaration = SCHEMA.child(type, child.getLocalName()).orElseThrow();
                if (!declaration.subsets().contains(subset)) {
                    outside.add(type + "/" + child.getLocalName());
                }
                if (declaration.type() != null) {
                    outsideOf(subset, child, declaration.type(), outside);
                }
            }
        }
    }
}
