package eu.ecmr.accesspoint.efti;

import java.util.List;
import java.util.UUID;

/** Where follow-up messages are kept. They are never changed once added. */
public interface FollowUpStore {

    /** In the caller's transaction. */
    void add(FollowUp followUp);

    /** A note's follow-ups, oldest first. */
    List<FollowUp> of(UUID datasetId);
}
