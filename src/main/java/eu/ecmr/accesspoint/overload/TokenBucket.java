package eu.ecmr.accesspoint.overload;

/**
 * One client's allowance: {@code capacity} tokens, refilled at {@code perSecond}; each request takes
 * one. Times are {@code System.nanoTime()}-style readings passed in, so tests need no clock.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes a token: 0 if one was there, else the nanoseconds until one will be. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Full again: forgetting this bucket would change nothing for its client. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + Math.max(0, now - refilledAt) * perNano);
        refilledAt = now;
    }
}
