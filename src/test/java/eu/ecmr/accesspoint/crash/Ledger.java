package eu.ecmr.accesspoint.crash;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Everything the clients sent and were answered, kept by the test process across the crashes. */
final class Ledger {

    final Queue<Submission> submissions = new ConcurrentLinkedQueue<>();
    /** Answers that must never come: a 500, a 503 without a problem body, a refusal of a good note. */
    final Queue<String> anomalies = new ConcurrentLinkedQueue<>();
    /** The SHA-256 of each PDF copy served, by note: a kept copy must stay these bytes. */
    final Map<UUID, String> pdfsServed = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();

    void answered(String what) {
        answers.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    Map<String, Long> answers() {
        Map<String, Long> copy = new TreeMap<>();
        answers.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    List<Submission> ofCycle(int cycle) {
        return submissions.stream().filter(s -> s.cycle == cycle).toList();
    }

    List<Submission> acknowledged() {
        return submissions.stream().filter(Submission::isAcknowledged).toList();
    }
}
