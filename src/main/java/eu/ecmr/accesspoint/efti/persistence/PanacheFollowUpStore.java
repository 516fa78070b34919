package eu.ecmr.accesspoint.efti.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.efti.FollowUp;
import eu.ecmr.accesspoint.efti.FollowUpStore;
import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
class PanacheFollowUpStore implements FollowUpStore {

    @Override
    public void add(FollowUp f) {
        FollowUpEntity e = new FollowUpEntity();
        e.id = f.id();
        e.datasetId = f.datasetId();
        e.receivedAt = f.receivedAt();
        e.gate = f.gate();
        e.requestId = f.requestId();
        e.message = f.message();
        e.persistAndFlush();
    }

    @Override
    public List<FollowUp> of(UUID datasetId) {
        return QuarkusTransaction.joiningExisting().call(() -> FollowUpEntity
                .<FollowUpEntity> find("datasetId = ?1 order by receivedAt, id", datasetId).list().stream()
                .map(e -> new FollowUp(e.id, e.datasetId, e.receivedAt, e.gate, e.requestId, e.message))
                .toList());
    }
}
