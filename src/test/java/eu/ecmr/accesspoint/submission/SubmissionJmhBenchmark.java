package eu.ecmr.accesspoint.submission;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Runs {@link SubmissionBenchmarks} with JMH inside this started Access Point (forks 0), so that the
 * benchmarks call its beans on its PostgreSQL database. JMH's classes are loaded with the
 * application's (quarkus.class-loading.reloadable-artifacts), or it could not find its generated ones.
 * Run by {@code bench/run-submission-jmh.sh}, which writes docs/BENCHMARKS.md; on its own:
 * {@code ECMR_TEST_DB=ecmr_jmh ./mvnw test -Dbench=jmh -Dtest=SubmissionJmhBenchmark}. Never on the
 * test database of a suite running at the same time: Flyway cleans it at start.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = "bench", matches = "jmh")
class SubmissionJmhBenchmark {

    @Test
    void measure() throws Exception {
        Path out = Path.of(System.getProperty("bench.jmh.out", "target/bench"));
        Files.createDirectories(out);
        int[] threads = Arrays.stream(System.getProperty("bench.jmh.threads", "1,2").split(","))
                .mapToInt(t -> Integer.parseInt(t.trim())).toArray();
        for (int n : threads) {
            run("whole", "SubmissionBenchmarks\\.(submit|submitWithPdf)$", n, out);
            run("stages", "SubmissionBenchmarks\\.(verify|timestamp|pdf)$", n, out);
        }
    }

    /** Iterations and their length come from bench.jmh.{whole,stages}.{warmup,iterations,seconds,warmup-seconds}. */
    private static void run(String kind, String include, int threads, Path out) throws Exception {
        String p = "bench.jmh." + kind + ".";
        new Runner(new OptionsBuilder()
                .include(include)
                .forks(0)
                .threads(threads)
                .syncIterations(true)
                .warmupIterations(Integer.getInteger(p + "warmup", 3))
                .warmupTime(TimeValue.seconds(Integer.getInteger(p + "warmup-seconds", 5)))
                .measurementIterations(Integer.getInteger(p + "iterations", 5))
                .measurementTime(TimeValue.seconds(Integer.getInteger(p + "seconds", 5)))
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("submission-jmh-" + kind + "-" + threads + "t.json").toString())
                .build()).run();
    }
}
