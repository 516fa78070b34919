package eu.ecmr.accesspoint.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.signature.SignerIdentity;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.timestamp.TimestampReply;

/** A stored note as its database row (V1): each column a field that someone with database access could change. */
final class NoteRow {

    UUID id;
    String carrierId;
    String ecmrNumber;
    Instant receivedAt;
    JwsSerialization serialization;
    byte[] original;
    String payloadDigest;
    String signatureAlgorithm;
    Instant signingTime;
    String signerSubject;
    String signerIssuer;
    String signerSerial;
    String signerOrganizationIdentifier;
    byte[] timestampReply;
    Instant timestampGenTime;
    String timestampSerial;
    String timestampTsa;
    String vehicleRegistration;
    LocalDate takingOverDate;
    String vehicleKey;

    static NoteRow of(StoredNote note) {
        NoteRow row = new NoteRow();
        row.id = note.id();
        row.carrierId = note.carrierId();
        row.ecmrNumber = note.ecmrNumber();
        row.receivedAt = note.receivedAt();
        row.serialization = note.serialization();
        row.original = note.original().clone();
        row.payloadDigest = note.payloadDigest();
        row.signatureAlgorithm = note.signatureAlgorithm();
        row.signingTime = note.signingTime();
        row.signerSubject = note.signer().subject();
        row.signerIssuer = note.signer().issuer();
        row.signerSerial = note.signer().serialNumber();
        row.signerOrganizationIdentifier = note.signer().organizationIdentifier();
        row.timestampReply = note.timestamp().encoded().clone();
        row.timestampGenTime = note.timestamp().genTime();
        row.timestampSerial = note.timestamp().serialNumber();
        row.timestampTsa = note.timestamp().tsa();
        row.vehicleRegistration = note.vehicleRegistration();
        row.takingOverDate = note.takingOverDate();
        row.vehicleKey = note.vehicleKey();
        return row;
    }

    StoredNote toNote() {
        return new StoredNote(id, carrierId, ecmrNumber, receivedAt, serialization, original, payloadDigest, signatureAlgorithm,
                signingTime, new SignerIdentity(signerSubject, signerIssuer, signerSerial, signerOrganizationIdentifier),
                new TimestampReply(timestampReply, timestampGenTime, timestampSerial, timestampTsa),
                vehicleRegistration, takingOverDate, vehicleKey);
    }
}
