package eu.ecmr.accesspoint.efti.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The row of table {@code efti_follow_up} (V6). */
@Entity
@Table(name = "efti_follow_up")
public class FollowUpEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "dataset_id")
    public UUID datasetId;
    @Column(name = "received_at")
    public Instant receivedAt;
    public String gate;
    @Column(name = "request_id")
    public String requestId;
    public String message;
}
