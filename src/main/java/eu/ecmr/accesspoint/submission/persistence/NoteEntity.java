package eu.ecmr.accesspoint.submission.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The row of table {@code consignment_note} (V1); see the migration for what each column holds. */
@Entity
@Table(name = "consignment_note")
public class NoteEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "carrier_id")
    public String carrierId;
    @Column(name = "ecmr_number")
    public String ecmrNumber;
    @Column(name = "received_at")
    public Instant receivedAt;
    public String serialization;
    public byte[] original;
    @Column(name = "payload_digest")
    public String payloadDigest;
    @Column(name = "signature_algorithm")
    public String signatureAlgorithm;
    @Column(name = "signing_time")
    public Instant signingTime;
    @Column(name = "signer_subject")
    public String signerSubject;
    @Column(name = "signer_issuer")
    public String signerIssuer;
    @Column(name = "signer_serial")
    public String signerSerial;
    @Column(name = "signer_org_id")
    public String signerOrganizationIdentifier;
    @Column(name = "timestamp_reply")
    public byte[] timestampReply;
    @Column(name = "timestamp_gen_time")
    public Instant timestampGenTime;
    @Column(name = "timestamp_serial")
    public String timestampSerial;
    @Column(name = "timestamp_tsa")
    public String timestampTsa;
    @Column(name = "vehicle_registration")
    public String vehicleRegistration;
    @Column(name = "vehicle_key")
    public String vehicleKey;
    @Column(name = "taking_over_date")
    public LocalDate takingOverDate;
}
