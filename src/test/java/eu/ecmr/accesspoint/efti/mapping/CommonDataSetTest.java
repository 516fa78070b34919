package eu.ecmr.accesspoint.efti.mapping;

import static eu.ecmr.accesspoint.efti.EftiXml.has;
import static eu.ecmr.accesspoint.efti.EftiXml.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.common.PlatformConfig;
import eu.ecmr.accesspoint.efti.DataSets;
import eu.ecmr.accesspoint.efti.EftiSamples;
import eu.ecmr.accesspoint.efti.EftiXml;
import eu.ecmr.accesspoint.submission.StoredNote;

/** The e-CMR as the e-FTI common data set: valid against the shipped schema, field by field as documented. */
class CommonDataSetTest {

    static final DataSets DATA_SETS = new DataSets(new PlatformConfig() {
        @Override
        public URI publicBaseUrl() {
            return URI.create("https://ap.example.eu/");
        }

        @Override
        public String platformId() {
            return "ecmr-ap-test";
        }

        @Override
        public String gateId() {
            return "gate-test";
        }
    });

    static final List<StoredNote> SAMPLES = List.of(EftiSamples.example(), EftiSamples.minimal(),
            EftiSamples.everything());

    @Test
    void everySampleNoteValidatesAsTheWholeDataSet() {
        for (StoredNote note : SAMPLES) {
            EftiXml.validCommon(DATA_SETS.commonDataSet(note));
        }
    }

    @Test
    void theExampleCarriesItsParticulars() {
        byte[] xml = DATA_SETS.commonDataSet(EftiSamples.example());
        assertThat(texts(xml, "consignor/name")).containsExactly("Delfts Blauw Export B.V.");
        assertThat(texts(xml, "consignor/postalAddress/cityName")).containsExactly("Delft");
        assertThat(texts(xml, "consignee/postalAddress/countryCode")).containsExactly("BE");
        assertThat(texts(xml, "carrier/id")).containsExactly("NL000000001B01");
        assertThat(texts(xml, "carrier/taxRegistration/id")).containsExactly("NL000000001B01");
        assertThat(texts(xml, "carrier/confirmedDocumentAuthentication/actualDateTime"))
                .containsExactly("202611270714+0000");
        assertThat(texts(xml, "carrier/authoritativeSignatoryPerson/name")).containsExactly("Carrier A Signer");
        assertThat(texts(xml, "carrierAcceptanceDateTime")).containsExactly("20261127");
        assertThat(texts(xml, "carrierAcceptanceLocation/name")).containsExactly("Delft, NL");
        assertThat(texts(xml, "deliveryEvent/occurrenceLocation/name")).containsExactly("Bruxelles, BE");
        assertThat(texts(xml, "consigneeReceiptLocation/name")).containsExactly("Bruxelles, BE");
        assertThat(texts(xml, "mainCarriageTransportMovement/modeCode")).containsExactly("3");
        assertThat(texts(xml, "mainCarriageTransportMovement/dangerousGoodsIndicator")).containsExactly("true");
        assertThat(texts(xml, "mainCarriageTransportMovement/usedTransportMeans/id")).containsExactly("BX-123-Z");
        assertThat(texts(xml, "mainCarriageTransportMovement/usedTransportMeans/registrationCountry/code"))
                .containsExactly("NL");
        assertThat(texts(xml, "transportContractDocument/typeCode")).containsExactly("730");
        assertThat(texts(xml, "transportContractDocument/formattedIssueDateTime")).containsExactly("202611270815+0100");
        assertThat(texts(xml, "associatedDocument/formattedIssueDateTime")).containsExactly("202611270715+0000");
        assertThat(texts(xml, "includedConsignmentItem/goodsUnitQuantity")).containsExactly("12", "1");
        assertThat(texts(xml, "includedConsignmentItem/transportDangerousGoods/uNDGID")).containsExactly("1263");
        assertThat(texts(xml, "includedConsignmentItem/transportDangerousGoods/hazardClassificationID"))
                .containsExactly("3");
        assertThat(texts(xml, "includedConsignmentItem/transportDangerousGoods/packagingDangerLevelCode"))
                .containsExactly("2");
        assertThat(texts(xml, "includedConsignmentItem/transportDangerousGoods/grossWeight")).containsExactly("210");
        assertThat(texts(xml, "transportPackage/shippingMarks/markingText"))
                .containsExactly("DBE-4471 1/12", "DBE-4471 13");
        assertThat(texts(xml, "natureIdentificationCargo/identificationText"))
                .containsExactly("Glazed earthenware, boxed", "Paint, flammable");
        assertThat(texts(xml, "grossWeight")).containsExactly("5030.5");
        assertThat(texts(xml, "numberOfPackages")).containsExactly("13");
        assertThat(texts(xml, "applicableServiceCharge/appliedAmount")).containsExactly("1250");
        assertThat(texts(xml, "applicableServiceCharge/payingPartyRoleCode")).containsExactly("CZ");
        assertThat(texts(xml, "contractTermsText")).containsExactly("Delivery within 48 hours of taking over.");
    }

    @Test
    void longTextsAreSplitNeverCutAndCodesOutsideTheSchemasListsAreLeftOut() {
        byte[] xml = DATA_SETS.commonDataSet(EftiSamples.everything());
        assertThat(String.join("", texts(xml, "consignorProvidedInformationText"))).isEqualTo("x".repeat(600));
        assertThat(texts(xml, "consignorProvidedInformationText")).hasSize(3);
        assertThat(String.join(" ", texts(xml, "consignor/name"))).hasSizeGreaterThan(70);
        assertThat(has(xml, "consignee/postalAddress/countryCode")).isFalse();
        assertThat(texts(xml, "connectingCarrier/id")).containsExactly("BE0000000002");
        assertThat(texts(xml, "cODAmount")).containsExactly("99.5");
        assertThat(texts(xml, "mainCarriageTransportMovement/usedTransportMeans/id")).containsExactly("AB12CD3456EF789");
    }

    @Test
    void theIdentifiersValidateAndNameTheVehicle() {
        for (StoredNote note : SAMPLES) {
            EftiXml.validIdentifiers(DATA_SETS.identifiers(note));
        }
        byte[] xml = DATA_SETS.identifiers(EftiSamples.example());
        assertThat(texts(xml, "carrierAcceptanceDateTime")).containsExactly("20261127");
        assertThat(texts(xml, "mainCarriageTransportMovement/usedTransportMeans/id")).containsExactly("BX-123-Z");
        assertThat(texts(xml, "mainCarriageTransportMovement/usedTransportMeans/registrationCountry/code"))
                .containsExactly("NL");
        // No country on the note: the carrier's is assumed, as the schema requires one.
        assertThat(texts(DATA_SETS.identifiers(EftiSamples.minimal()),
                "mainCarriageTransportMovement/usedTransportMeans/registrationCountry/code")).containsExactly("NL");
        assertThat(EftiXml.parse(xml).getDocumentElement().getNamespaceURI()).isEqualTo(EftiXml.IDENTIFIER_NS);
    }

    @Test
    void theSubsetsAreThoseTheSchemaAnnotates() {
        Set<String> known = DATA_SETS.knownSubsets();
        assertThat(known).contains("EU01", "EU02", "EU03", "EU05a", "EU05b", "EU05c", "EU06", "NL01", "BE01");
        assertThat(known).doesNotContain("EU04", "eu01", "");
    }
}
