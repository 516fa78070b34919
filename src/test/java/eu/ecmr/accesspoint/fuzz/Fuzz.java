package eu.ecmr.accesspoint.fuzz;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small, seeded property runner (docs/FUZZING.md): {@code tries} inputs from a generator, each
 * made from its own {@code Random(seed + try)} so that one failing try can be made again alone.
 * The seed is fixed for CI ({@link #DEFAULT_SEED}); {@code -Decmr.fuzz.seed=S} picks another,
 * {@code random} a new one; {@code -Decmr.fuzz.factor=N} makes N times the CI number of tries.
 */
public final class Fuzz {

    public static final long DEFAULT_SEED = 20261128L;

    private Fuzz() {
    }

    /**
     * Runs {@code property} on generated inputs; the first failure is rethrown with the seed and
     * try that reproduce it ({@code -Decmr.fuzz.seed=<seed> -Decmr.fuzz.from=<try>}) and the input.
     */
    public static <T> void check(int ciTries, Function<Random, T> generator, Function<T, String> describe,
            Consumer<T> property) {
        long seed = seed();
        int from = Integer.getInteger("ecmr.fuzz.from", 0);
        int tries = ciTries * factor();
        for (int i = from; i < from + tries; i++) {
            T input = generator.apply(new Random(seed + i));
            try {
                property.accept(input);
            } catch (Throwable failure) {
                String shown = describe.apply(input);
                throw new AssertionError("Falsified at -Decmr.fuzz.seed=" + seed + " -Decmr.fuzz.from=" + i + " on input:\n"
                        + (shown.length() > 4000 ? shown.substring(0, 4000) + "... (" + shown.length() + " chars)" : shown),
                        failure);
            }
        }
    }

    static long seed() {
        String configured = System.getProperty("ecmr.fuzz.seed");
        if (configured == null || configured.isBlank()) {
            return DEFAULT_SEED;
        }
        return "random".equals(configured) ? System.nanoTime() : Long.parseLong(configured);
    }

    /** How many times the CI number of tries a run makes, at least 1. */
    public static int factor() {
        return Math.max(1, Integer.getInteger("ecmr.fuzz.factor", 1));
    }
}
