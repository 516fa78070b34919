package eu.ecmr.accesspoint.audit.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code audit_entry} (V2). */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity extends PanacheEntityBase {

    @Id
    @Column(name = "seq")
    public long sequence;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "event_type")
    public String type;
    @Column(name = "actor_subject")
    public String actorSubject;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "actor_organisation")
    public String actorOrganisation;
    @Column(name = "note_id")
    public UUID noteId;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "control_reference")
    public String controlReference;
    public String details;
}
