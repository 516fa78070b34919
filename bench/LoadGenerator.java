import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-model HTTP load generator: request k is due at start + k / rate whatever happened to the
 * requests before it, and its latency runs from that due time, not from when it was actually sent.
 * A slow server therefore shows up as queueing delay in the percentiles instead of silently lowering
 * the offered load (no coordinated omission, as in wrk2 or Gatling's open injection profiles).
 *
 * <pre>
 * java bench/LoadGenerator.java --rate 500 --warmup 15 --duration 60 --token-file token.txt \
 *      --keys keys.tsv --url 'http://127.0.0.1:8080/api/v1/consignment-notes?vehicle={vehicle}' \
 *      [--url '3=http://127.0.0.1:8080/...{id}'] [--key-order random|in-order] [--max-in-flight 1000] [--timeout 30] \
 *      [--header 'X-Control-Reference: bench'] [--name label] [--json result.json] [--seed 1] \
 *      [--body-file bodies.txt [--content-type application/jose]]
 * </pre>
 *
 * {@code --url} may be repeated, each optionally weighted ({@code 3=...}); {@code {column}} is
 * replaced by that column of a random row of the tab-separated {@code --keys} file (first line:
 * column names), URL-encoded; with {@code --key-order in-order} each request takes the next row
 * instead (so that, with enough rows, no key is asked twice: a cold cache stays cold). The token file holds a bearer token; it is read again whenever it
 * changes, so a long run can be kept going by refreshing it. Only 127.0.0.1, localhost and ::1 are
 * accepted as targets. A request that would exceed {@code --max-in-flight} is not sent and counts
 * as an error ("dropped"). With {@code --body-file} every request is a POST of the file's next line
 * (each line sent once, in order; none left counts as an error): the submission benchmark's
 * distinct signed notes. Percentiles are exact (sorted recorded latencies) over the 2xx answers
 * to requests due after the warm-up; every other outcome is counted as an error by kind.
 */
public final class LoadGenerator {

    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)\\}");

    record Target(int weight, String template) {
    }

    record Options(double rate, int warmupSeconds, int durationSeconds, int maxInFlight, int timeoutSeconds,
            List<Target> targets, Path keys, boolean keysInOrder, Path tokenFile, List<String[]> headers,
            String name, Path json, long seed, Path bodies, String contentType) {
    }

    /** Latencies of one phase, in nanoseconds; appended from the HTTP client's threads. */
    static final class Recorder {
        private long[] values = new long[1 << 14];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long[] drain() {
            long[] out = Arrays.copyOf(values, size);
            size = 0;
            return out;
        }

        synchronized long[] snapshot() {
            return Arrays.copyOf(values, size);
        }
    }

    private final Options o;
    private final List<String> columns;
    private final List<String[]> rows;
    private final Random random;
    /** With --key-order in-order: the rows used so far (each request takes the next one). */
    private long keysUsed;
    /** With --body-file: the request bodies, each sent once, in order (POST). */
    private final List<byte[]> bodies;
    private long bodiesUsed;
    private final HttpClient client;
    private volatile String token;
    private volatile long tokenModified;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong measuredScheduled = new AtomicLong();
    private final AtomicLong measuredOk = new AtomicLong();
    private final AtomicLong measuredBytes = new AtomicLong();
    private final AtomicLong lastMeasuredCompletion = new AtomicLong();
    private final Map<String, AtomicLong> errors = new TreeMap<>();
    private final Recorder latencies = new Recorder();
    private final Recorder interval = new Recorder();
    private final Recorder sendLag = new Recorder();
    private final AtomicLong intervalErrors = new AtomicLong();

    LoadGenerator(Options o) throws IOException {
        this.o = o;
        List<String> lines = o.keys() == null ? List.of("") : Files.readAllLines(o.keys());
        this.columns = List.of(lines.get(0).split("\t", -1));
        this.rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        for (Target t : o.targets()) {
            Matcher m = PLACEHOLDER.matcher(t.template());
            while (m.find()) {
                if (!columns.contains(m.group(1)) || rows.isEmpty()) {
                    throw new IllegalArgumentException("no column " + m.group(1) + " with values in --keys");
                }
            }
            checkLocal(URI.create(PLACEHOLDER.matcher(t.template()).replaceAll("x")));
        }
        this.bodies = new ArrayList<>();
        if (o.bodies() != null) {
            for (String line : Files.readAllLines(o.bodies(), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    bodies.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (bodies.isEmpty()) {
                throw new IllegalArgumentException("no bodies in " + o.bodies());
            }
        }
        this.random = new Random(o.seed());
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        readToken();
    }

    public static void main(String[] args) throws Exception {
        LoadGenerator generator;
        try {
            generator = new LoadGenerator(parse(args));
        } catch (IllegalArgumentException e) {
            System.err.println("LoadGenerator: " + e.getMessage());
            System.err.println("usage: java bench/LoadGenerator.java --rate R --duration S [--warmup S] --url URL"
                    + " [--url W=URL ...] [--keys file.tsv] [--token-file F] [--max-in-flight N] [--timeout S]"
                    + " [--header 'Name: value'] [--name label] [--json file] [--seed N]"
                    + " [--body-file lines.txt [--content-type T]]");
            System.exit(2);
            return;
        }
        generator.run();
    }

    void run() throws Exception {
        long total = Math.round((o.warmupSeconds() + o.durationSeconds()) * o.rate());
        long start = System.nanoTime() + 200_000_000L;
        long measuredFrom = start + o.warmupSeconds() * 1_000_000_000L;
        int totalWeight = o.targets().stream().mapToInt(Target::weight).sum();

        System.out.printf(Locale.ROOT, "[%s] %.1f req/s open model: %d s warm-up + %d s measured, %d targets, "
                + "max %d in flight%n", o.name(), o.rate(), o.warmupSeconds(), o.durationSeconds(),
                o.targets().size(), o.maxInFlight());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ticker");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> progress(start), 5, 5, TimeUnit.SECONDS);

        for (long k = 0; k < total; k++) {
            // exact k-th due time, so rounding never drifts the rate
            long due = start + (long) (k * 1e9 / o.rate());
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            sendLag.add(now - due);
            fire(due, due >= measuredFrom, pick(totalWeight));
        }
        long deadline = System.nanoTime() + (o.timeoutSeconds() + 5) * 1_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        ticker.shutdownNow();
        if (inFlight.get() > 0) {
            error("unfinished at end", true, inFlight.get());
        }
        report(measuredFrom);
        System.exit(0);
    }

    private String pick(int totalWeight) {
        int w = random.nextInt(totalWeight);
        Target chosen = o.targets().get(0);
        for (Target t : o.targets()) {
            if ((w -= t.weight()) < 0) {
                chosen = t;
                break;
            }
        }
        String[] row = rows.isEmpty() ? null
                : rows.get(o.keysInOrder() ? (int) (keysUsed++ % rows.size()) : random.nextInt(rows.size()));
        Matcher m = PLACEHOLDER.matcher(chosen.template());
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String value = row[columns.indexOf(m.group(1))];
            m.appendReplacement(url, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20")));
        }
        m.appendTail(url);
        return url.toString();
    }

    private void fire(long due, boolean measured, String url) {
        if (measured) {
            measuredScheduled.incrementAndGet();
        }
        if (inFlight.get() >= o.maxInFlight()) {
            error("dropped (max in flight)", measured, 1);
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(checkLocal(URI.create(url)))
                .timeout(Duration.ofSeconds(o.timeoutSeconds()));
        if (o.bodies() == null) {
            request.GET();
        } else if (bodiesUsed < bodies.size()) {
            request.POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) bodiesUsed++)))
                    .header("Content-Type", o.contentType());
        } else {
            error("not sent (no body left in --body-file)", measured, 1);
            return;
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (String[] h : o.headers()) {
            request.header(h[0], h[1]);
        }
        inFlight.incrementAndGet();
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            long end = System.nanoTime();
            inFlight.decrementAndGet();
            if (failure != null) {
                error(kind(failure), measured, 1);
            } else if (response.statusCode() / 100 != 2) {
                error("HTTP " + response.statusCode(), measured, 1);
            } else {
                interval.add(end - due);
                if (measured) {
                    latencies.add(end - due);
                    measuredOk.incrementAndGet();
                    measuredBytes.addAndGet(response.body().length);
                    lastMeasuredCompletion.accumulateAndGet(end, Math::max);
                }
            }
        });
    }

    private static String kind(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (t instanceof ConnectException) {
            return "connect failed";
        }
        return t.getClass().getSimpleName();
    }

    private void error(String kind, boolean measured, long n) {
        intervalErrors.addAndGet(n);
        if (measured) {
            synchronized (errors) {
                errors.computeIfAbsent(kind, k -> new AtomicLong()).addAndGet(n);
            }
        }
    }

    private void progress(long start) {
        readToken();
        long[] lat = interval.drain();
        Arrays.sort(lat);
        System.out.printf(Locale.ROOT, "[%s] t=%3ds ok=%5d errors=%4d in-flight=%4d  p50=%8.2f p99=%8.2f max=%8.2f ms%n",
                o.name(), (System.nanoTime() - start) / 1_000_000_000L, lat.length, intervalErrors.getAndSet(0),
                inFlight.get(), ms(pct(lat, 50)), ms(pct(lat, 99)), ms(lat.length == 0 ? 0 : lat[lat.length - 1]));
    }

    private void report(long measuredFrom) throws IOException {
        long[] lat = latencies.snapshot();
        Arrays.sort(lat);
        long[] lag = sendLag.snapshot();
        Arrays.sort(lag);
        long errorCount;
        synchronized (errors) {
            errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        }
        long ok = measuredOk.get();
        // achieved rate: 2xx answers to measured requests over the time until the last of them arrived
        double seconds = Math.max(o.durationSeconds(), (lastMeasuredCompletion.get() - measuredFrom) / 1e9);
        double achieved = ok / seconds;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", o.name());
        r.put("targetRate", o.rate());
        r.put("warmupSeconds", o.warmupSeconds());
        r.put("durationSeconds", o.durationSeconds());
        r.put("scheduled", measuredScheduled.get());
        r.put("ok", ok);
        r.put("errors", errorCount);
        synchronized (errors) {
            Map<String, Object> byKind = new TreeMap<>();
            errors.forEach((k, v) -> byKind.put(k, v.get()));
            r.put("errorsByKind", byKind);
        }
        r.put("achievedRate", round(achieved));
        r.put("meanBytes", ok == 0 ? 0 : measuredBytes.get() / ok);
        r.put("p50Ms", round(ms(pct(lat, 50))));
        r.put("p90Ms", round(ms(pct(lat, 90))));
        r.put("p99Ms", round(ms(pct(lat, 99))));
        r.put("p999Ms", round(ms(pct(lat, 99.9))));
        r.put("maxMs", round(ms(lat.length == 0 ? 0 : lat[lat.length - 1])));
        r.put("meanMs", round(ms((long) Arrays.stream(lat).average().orElse(0))));
        r.put("generatorCpuSeconds", round(processCpuSeconds()));
        r.put("sendLagP99Ms", round(ms(pct(lag, 99))));
        r.put("sendLagMaxMs", round(ms(lag.length == 0 ? 0 : lag[lag.length - 1])));

        System.out.printf(Locale.ROOT, "[%s] scheduled %d, ok %d, errors %d %s, achieved %.1f/s of %.1f/s, "
                + "mean body %d B%n", o.name(), measuredScheduled.get(), ok, errorCount, r.get("errorsByKind"), achieved,
                o.rate(), r.get("meanBytes"));
        System.out.printf(Locale.ROOT, "[%s] latency from due time, ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  "
                + "max %.2f  (generator send lag p99 %.2f, max %.2f)%n", o.name(), r.get("p50Ms"), r.get("p90Ms"),
                r.get("p99Ms"), r.get("p999Ms"), r.get("maxMs"), r.get("sendLagP99Ms"), r.get("sendLagMaxMs"));
        if (o.json() != null) {
            Files.writeString(o.json(), json(r) + "\n");
        }
    }

    /** CPU used by this generator so far, so that a report can tell its share of a shared machine. */
    private static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : -1;
    }

    /** Nearest-rank percentile of sorted values. */
    static long pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void readToken() {
        if (o.tokenFile() == null) {
            return;
        }
        try {
            long modified = Files.getLastModifiedTime(o.tokenFile()).toMillis();
            if (modified != tokenModified) {
                token = Files.readString(o.tokenFile()).strip();
                tokenModified = modified;
            }
        } catch (IOException e) {
            System.err.println("LoadGenerator: cannot read token file: " + e.getMessage());
        }
    }

    static URI checkLocal(URI uri) {
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only http(s) targets: " + uri);
        }
        if (uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("refusing non-local target " + uri.getHost()
                    + ": only 127.0.0.1, localhost and ::1");
        }
        return uri;
    }

    private static String json(Map<String, Object> map) {
        StringBuilder b = new StringBuilder("{");
        map.forEach((k, v) -> {
            b.append(b.length() > 1 ? ", " : "").append('"').append(k).append("\": ");
            if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) m;
                b.append(json(inner));
            } else if (v instanceof String s) {
                b.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                b.append(v);
            }
        });
        return b.append('}').toString();
    }

    static Options parse(String[] args) {
        Map<String, List<String>> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value at " + args[i]);
            }
            a.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
        Set<String> known = Set.of("rate", "warmup", "duration", "max-in-flight", "timeout", "url", "keys", "key-order",
                "token-file", "header", "name", "json", "seed", "body-file", "content-type");
        for (String k : a.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        List<Target> targets = new ArrayList<>();
        for (String u : a.getOrDefault("url", List.of())) {
            Matcher m = Pattern.compile("^(\\d+)=(.*)$").matcher(u);
            targets.add(m.matches() ? new Target(Integer.parseInt(m.group(1)), m.group(2)) : new Target(1, u));
        }
        if (targets.isEmpty() || targets.stream().anyMatch(t -> t.weight() <= 0)) {
            throw new IllegalArgumentException("at least one --url with a positive weight");
        }
        List<String[]> headers = new ArrayList<>();
        for (String h : a.getOrDefault("header", List.of())) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--header 'Name: value'");
            }
            headers.add(new String[] { h.substring(0, colon).strip(), h.substring(colon + 1).strip() });
        }
        double rate = Double.parseDouble(one(a, "rate", null));
        if (rate <= 0 || rate > 20_000) {
            throw new IllegalArgumentException("--rate must be in (0, 20000]");
        }
        int duration = Integer.parseInt(one(a, "duration", null));
        int warmup = Integer.parseInt(one(a, "warmup", "0"));
        if (duration <= 0 || duration > 3600 || warmup < 0 || warmup > 3600) {
            throw new IllegalArgumentException("--duration 1..3600 s, --warmup 0..3600 s");
        }
        String keys = one(a, "keys", "");
        String keyOrder = one(a, "key-order", "random");
        if (!keyOrder.equals("random") && !keyOrder.equals("in-order")) {
            throw new IllegalArgumentException("--key-order random|in-order");
        }
        String tokenFile = one(a, "token-file", "");
        String json = one(a, "json", "");
        String bodyFile = one(a, "body-file", "");
        return new Options(rate, warmup, duration, Integer.parseInt(one(a, "max-in-flight", "1000")),
                Integer.parseInt(one(a, "timeout", "30")), targets, keys.isEmpty() ? null : Path.of(keys),
                keyOrder.equals("in-order"), tokenFile.isEmpty() ? null : Path.of(tokenFile), headers, one(a, "name", "load"),
                json.isEmpty() ? null : Path.of(json), Long.parseLong(one(a, "seed", "1")),
                bodyFile.isEmpty() ? null : Path.of(bodyFile), one(a, "content-type", "application/jose"));
    }

    private static String one(Map<String, List<String>> a, String name, String fallback) {
        List<String> v = a.get(name);
        if (v == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return fallback;
        }
        return v.get(v.size() - 1);
    }
}
