package eu.ecmr.accesspoint.submission.persistence;

import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.signature.SignerIdentity;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.timestamp.TimestampReply;

/** Between the domain's {@link StoredNote} and its row. */
final class NoteEntityMapper {

    private NoteEntityMapper() {
    }

    static NoteEntity toEntity(StoredNote note) {
        NoteEntity e = new NoteEntity();
        e.id = note.id();
        e.carrierId = note.carrierId();
        e.ecmrNumber = note.ecmrNumber();
        e.receivedAt = note.receivedAt();
        e.serialization = note.serialization().name();
        e.original = note.original();
        e.payloadDigest = note.payloadDigest();
        e.signatureAlgorithm = note.signatureAlgorithm();
        e.signingTime = note.signingTime();
        e.signerSubject = note.signer().subject();
        e.signerIssuer = note.signer().issuer();
        e.signerSerial = note.signer().serialNumber();
        e.signerOrganizationIdentifier = note.signer().organizationIdentifier();
        e.timestampReply = note.timestamp().encoded();
        e.timestampGenTime = note.timestamp().genTime();
        e.timestampSerial = note.timestamp().serialNumber();
        e.timestampTsa = note.timestamp().tsa();
        e.vehicleRegistration = note.vehicleRegistration();
        e.vehicleKey = note.vehicleKey();
        e.takingOverDate = note.takingOverDate();
        return e;
    }

    static StoredNote toNote(NoteEntity e) {
        return new StoredNote(e.id, e.carrierId, e.ecmrNumber, e.receivedAt,
                JwsSerialization.valueOf(e.serialization), e.original, e.payloadDigest, e.signatureAlgorithm,
                e.signingTime,
                new SignerIdentity(e.signerSubject, e.signerIssuer, e.signerSerial, e.signerOrganizationIdentifier),
                new TimestampReply(e.timestampReply, e.timestampGenTime, e.timestampSerial, e.timestampTsa),
                e.vehicleRegistration, e.takingOverDate, e.vehicleKey);
    }
}
