package eu.ecmr.accesspoint.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.common.Digests;
import eu.ecmr.accesspoint.common.PlatformConfig;
import eu.ecmr.accesspoint.timestamp.TimestampAuthority;

/**
 * Makes and serves signed checkpoints of the log: every N entries or T seconds (configured), the
 * tree size and root hash, signed with the Access Point's seal and timestamped by the TSA.
 */
@ApplicationScoped
public class Checkpoints {

    private final AuditLog log;
    private final CheckpointStore store;
    private final CheckpointSeal seal;
    private final TimestampAuthority tsa;
    private final AuditConfig config;
    private final PlatformConfig platform;
    private final Clock clock;

    Checkpoints(AuditLog log, CheckpointStore store, CheckpointSeal seal, TimestampAuthority tsa, AuditConfig config,
            PlatformConfig platform, Clock clock) {
        this.log = log;
        this.store = store;
        this.seal = seal;
        this.tsa = tsa;
        this.config = config;
        this.platform = platform;
        this.clock = clock;
    }

    public Optional<Checkpoint> latest() {
        return store.latest();
    }

    public List<Checkpoint> after(long afterSize, int limit) {
        return store.after(afterSize, limit);
    }

    public java.security.cert.X509Certificate sealCertificate() {
        return seal.certificate();
    }

    /** Makes a checkpoint when N entries or T time have passed since the last one; returns it if made. */
    public Optional<Checkpoint> checkpointIfDue() {
        long size = log.size();
        Optional<Checkpoint> last = store.latest();
        long lastSize = last.map(Checkpoint::treeSize).orElse(0L);
        boolean grown = size > lastSize;
        boolean enoughEntries = size - lastSize >= config.checkpointEveryEntries();
        boolean enoughTime = last.map(c -> !c.createdAt().plus(config.checkpointEvery()).isAfter(clock.instant()))
                .orElse(true);
        return grown && (enoughEntries || enoughTime) ? Optional.of(checkpointAt(size)) : Optional.empty();
    }

    /** Makes a checkpoint of the log as it is now (size 0 is never checkpointed). */
    public Checkpoint checkpointNow() {
        return checkpointAt(log.size());
    }

    private Checkpoint checkpointAt(long size) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] root = log.tree().withHashesReadAtOnce(tree -> tree.rootHash(size));
        byte[] signed = CheckpointText.of(platform.platformId(), size, root, now);
        Checkpoint checkpoint = new Checkpoint(size, root, now, signed, seal.sign(signed),
                tsa.timestamp(Digests.sha256(signed)).encoded());
        store.addIfAbsent(checkpoint);
        return checkpoint;
    }
}
