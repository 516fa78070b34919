package eu.ecmr.accesspoint.inspection;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.signature.JadesSignature;
import eu.ecmr.accesspoint.signature.SignerIdentity;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.timestamp.TimestampReply;

/**
 * {@code stored-fields}: every column extracted at submission equals what the stored bytes say,
 * so that a search or a receipt cannot show what the signed note does not. The id and receivedAt
 * are not derived from the bytes, so nothing here can vouch for them.
 */
final class StoredFieldsCheck {

    static final String NAME = "stored-fields";

    private final EcmrDocumentReader reader = new EcmrDocumentReader();

    Check of(StoredNote note, OriginalReading reading, Optional<TimestampReply> timestamp) {
        FieldComparison fields = new FieldComparison(NAME);
        fields.compare("serialization", note.serialization(), reading.serialization());
        reading.signature().ifPresentOrElse(signature -> {
            signatureFields(fields, note, signature);
            documentFields(fields, note, signature);
        }, () -> fields.notCompared("the signature and document fields, as the original cannot be read (see the signature check)"));
        timestamp.ifPresentOrElse(reply -> {
            TimestampReply stored = note.timestamp();
            fields.compareTimes("timestamp.genTime", stored.genTime(), reply.genTime());
            fields.compare("timestamp.serialNumber", stored.serialNumber(), reply.serialNumber());
            fields.compare("timestamp.tsa", stored.tsa(), reply.tsa());
        }, () -> fields.notCompared("the timestamp fields, as the stored reply does not validate (see the timestamp check)"));
        return fields.result();
    }

    private static void signatureFields(FieldComparison fields, StoredNote note, JadesSignature signature) {
        fields.compareTimes("signingTime", note.signingTime(), signature.signingTime());
        fields.compare("signatureAlgorithm", note.signatureAlgorithm(), signature.algorithm());
        SignerIdentity stored = note.signer();
        SignerIdentity signer = signature.signer();
        fields.compare("signer.subject", stored.subject(), signer.subject());
        fields.compare("signer.issuer", stored.issuer(), signer.issuer());
        fields.compare("signer.serialNumber", stored.serialNumber(), signer.serialNumber());
        fields.compare("signer.organizationIdentifier", stored.organizationIdentifier(), signer.organizationIdentifier());
    }

    /** From the document's JSON as signed, not its validated form: a later, stricter reader must not make old notes unreadable. */
    private void documentFields(FieldComparison fields, StoredNote note, JadesSignature signature) {
        JsonNode document;
        try {
            document = reader.tree(signature.payload());
        } catch (AccessPointException e) {
            fields.notCompared("the document fields, as the payload is not a JSON document: " + e.getMessage());
            return;
        }
        fields.compare("carrierId", note.carrierId(), text(document, "/carrier/id"));
        fields.compare("ecmrNumber", note.ecmrNumber(), text(document, "/ecmrNumber"));
        String registration = text(document, "/carrier/vehicle/registration");
        fields.compare("vehicleRegistration", note.vehicleRegistration(), registration);
        // The search key: a changed key would hide the note from a search by its own plate, or show it for another.
        fields.compare("vehicleKey", note.vehicleKey(), StoredNote.vehicleKeyOf(registration));
        fields.compare("takingOverDate", note.takingOverDate() == null ? null : note.takingOverDate().toString(),
                text(document, "/takingOver/date"));
    }

    private static String text(JsonNode document, String pointer) {
        JsonNode node = document.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
