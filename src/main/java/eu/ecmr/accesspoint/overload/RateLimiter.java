package eu.ecmr.accesspoint.overload;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, in a map of bounded size: when it holds more than {@code maxClients},
 * full buckets are dropped (their clients lose nothing), then, if every client is busy, any, which
 * at worst gives a client a fresh burst. Thread-safe.
 */
public final class RateLimiter {

    private final int burst;
    private final double perSecond;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int burst, double perSecond, int maxClients, LongSupplier nanoTime) {
        if (burst < 1 || perSecond <= 0 || maxClients < 1) {
            throw new IllegalArgumentException("burst and maxClients must be at least 1, the rate above 0");
        }
        this.burst = burst;
        this.perSecond = perSecond;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
    }

    /** Empty if {@code client} may go ahead, else how long until it may. */
    public Optional<Duration> admit(String client) {
        long now = nanoTime.getAsLong();
        TokenBucket bucket = buckets.computeIfAbsent(client, c -> new TokenBucket(burst, perSecond, now));
        long wait = bucket.take(now);
        if (buckets.size() > maxClients) {
            evict(now);
        }
        return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    int clients() {
        return buckets.size();
    }

    private synchronized void evict(long now) {
        buckets.values().removeIf(bucket -> buckets.size() > maxClients && bucket.isFull(now));
        for (Iterator<String> clients = buckets.keySet().iterator(); buckets.size() > maxClients && clients.hasNext();) {
            clients.next();
            clients.remove();
        }
    }
}
