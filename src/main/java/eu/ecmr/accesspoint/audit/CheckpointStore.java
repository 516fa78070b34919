package eu.ecmr.accesspoint.audit;

import java.util.List;
import java.util.Optional;

/** Where checkpoints are kept; append-only like the log. */
public interface CheckpointStore {

    Optional<Checkpoint> latest();

    /** Checkpoints with a tree size above {@code afterSize}, smallest first, at most {@code limit}. */
    List<Checkpoint> after(long afterSize, int limit);

    /** Adds the checkpoint unless one for its tree size exists (another instance made it first). */
    void addIfAbsent(Checkpoint checkpoint);
}
