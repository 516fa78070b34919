package eu.ecmr.accesspoint.efti;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/** Where each note's registration with the gate stands, for auditors. */
@ApplicationScoped
public class RegistrationStates {

    private final RegistrationOutbox outbox;

    RegistrationStates(RegistrationOutbox outbox) {
        this.outbox = outbox;
    }

    public Registration of(UUID datasetId) {
        return outbox.find(datasetId).orElseThrow(() -> AccessPointException.of(ProblemKind.NOTE_NOT_FOUND,
                "No registration of dataset " + datasetId + " with the gate"));
    }

    public List<Registration> list(Optional<Registration.State> state, int page, int size) {
        return outbox.list(state, page * size, size);
    }
}
