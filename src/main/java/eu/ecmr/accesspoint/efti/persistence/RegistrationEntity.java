package eu.ecmr.accesspoint.efti.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The row of table {@code efti_registration} (V6). */
@Entity
@Table(name = "efti_registration")
public class RegistrationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "dataset_id")
    public UUID datasetId;
    public String state;
    public int version;
    @Column(name = "delivered_version")
    public Integer deliveredVersion;
    public int attempts;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
