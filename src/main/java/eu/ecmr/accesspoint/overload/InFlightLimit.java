package eu.ecmr.accesspoint.overload;

import java.util.concurrent.atomic.AtomicInteger;

/** At most {@code max} of one kind of work at once; the rest is refused, never queued. Thread-safe. */
public final class InFlightLimit {

    private final String work;
    private final int max;
    private final AtomicInteger inFlight = new AtomicInteger();

    public InFlightLimit(String work, int max) {
        this.work = work;
        this.max = max;
    }

    public boolean tryAcquire() {
        if (inFlight.incrementAndGet() > max) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    public void release() {
        inFlight.decrementAndGet();
    }

    public String describe() {
        return "The Access Point has " + max + " " + work + " in progress, its limit; try again shortly";
    }
}
