import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load at a fixed rate against several targets side by side, for the gateway
 * benchmark (gateway/benchmark/run.sh; not part of any build or test run).
 *
 * Each round sends the same GET once to every target, in a shuffled order, so that all targets
 * share the machine's noise. Rounds start on a fixed schedule whatever the answers do, and a
 * request's latency is measured from its intended send time, not from when it was actually sent:
 * a stall therefore shows up in the percentiles instead of silently lowering the load
 * (coordinated omission).
 *
 * Usage: java LoadHarness.java <token> <rounds-per-second> <warm-up-s> <measure-s> name=url...
 */
public class LoadHarness {

	record Sample(int target, long latencyNanos, int status) {
	}

	public static void main(String[] args) throws Exception {
		String token = args[0];
		int roundsPerSecond = Integer.parseInt(args[1]);
		int warmUp = Integer.parseInt(args[2]);
		int measure = Integer.parseInt(args[3]);
		Map<String, URI> targets = new LinkedHashMap<>();
		for (int i = 4; i < args.length; i++) {
			String[] pair = args[i].split("=", 2);
			targets.put(pair[0], URI.create(pair[1]));
		}
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
		List<HttpRequest> requests = targets.values().stream()
			.map(uri -> HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
				.timeout(Duration.ofSeconds(10)).GET().build())
			.toList();
		int jitWarmUp = Integer.getInteger("jitWarmUp", 5_000);
		System.out.printf("%d calls per target back to back, warm-up %d s, then %d s at %d rounds/s (%d requests/s in all)%n",
				jitWarmUp, warmUp, measure, roundsPerSecond, roundsPerSecond * requests.size());
		backToBack(http, requests, jitWarmUp);
		run(http, requests, roundsPerSecond, warmUp, null);
		var samples = new ConcurrentLinkedQueue<Sample>();
		run(http, requests, roundsPerSecond, measure, samples);
		report(new ArrayList<>(targets.keySet()), samples);
	}

	static void run(HttpClient http, List<HttpRequest> requests, int roundsPerSecond, int seconds,
			ConcurrentLinkedQueue<Sample> samples) throws Exception {
		long roundNanos = TimeUnit.SECONDS.toNanos(1) / roundsPerSecond;
		long slotNanos = roundNanos / requests.size();
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
		int rounds = roundsPerSecond * seconds;
		var order = new ArrayList<Integer>();
		for (int i = 0; i < requests.size(); i++) {
			order.add(i);
		}
		var random = new Random(42);
		var pending = new ArrayList<CompletableFuture<?>>();
		var outstanding = new AtomicInteger();
		for (int round = 0; round < rounds; round++) {
			Collections.shuffle(order, random);
			for (int slot = 0; slot < order.size(); slot++) {
				int target = order.get(slot);
				long intended = start + round * roundNanos + slot * slotNanos;
				long wait;
				while ((wait = intended - System.nanoTime()) > 0) {
					LockSupport.parkNanos(wait);
				}
				outstanding.incrementAndGet();
				pending.add(http.sendAsync(requests.get(target), HttpResponse.BodyHandlers.discarding())
					.handle((response, failure) -> {
						long latency = System.nanoTime() - intended;
						outstanding.decrementAndGet();
						if (samples != null) {
							samples.add(new Sample(target, latency, failure == null ? response.statusCode() : -1));
						}
						return null;
					}));
			}
			if (pending.size() > 10_000) {
				pending.removeIf(CompletableFuture::isDone);
			}
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
	}

	/**
	 * Brings every target's JIT to its steady state before anything is measured: at a low fixed rate
	 * the measured warm-up alone left the gateway's C2 compiler busy into the measurement.
	 */
	static void backToBack(HttpClient http, List<HttpRequest> requests, int calls) throws Exception {
		for (HttpRequest request : requests) {
			for (int i = 0; i < calls; i++) {
				http.send(request, HttpResponse.BodyHandlers.discarding());
			}
		}
	}

	static void report(List<String> names, ConcurrentLinkedQueue<Sample> samples) {
		double[] p50 = new double[names.size()];
		double[] p99 = new double[names.size()];
		System.out.printf("%-10s %8s %8s %8s %8s %8s %7s%n", "target", "count", "errors", "p50 ms", "p90 ms",
				"p99 ms", "max ms");
		for (int t = 0; t < names.size(); t++) {
			int target = t;
			long[] latencies = samples.stream().filter(s -> s.target() == target).mapToLong(Sample::latencyNanos)
				.sorted().toArray();
			long errors = samples.stream().filter(s -> s.target() == target && s.status() != 200).count();
			p50[t] = percentile(latencies, 0.50);
			p99[t] = percentile(latencies, 0.99);
			System.out.printf("%-10s %8d %8d %8.3f %8.3f %8.3f %7.1f%n", names.get(t), latencies.length, errors, p50[t],
					percentile(latencies, 0.90), p99[t], latencies[latencies.length - 1] / 1e6);
		}
		for (int t = 1; t < names.size(); t++) {
			System.out.printf("%s vs %s: p50 overhead %+.3f ms, p99 ratio %.2f%n", names.get(0), names.get(t),
					p50[0] - p50[t], p99[0] / p99[t]);
		}
		if (names.size() > 2) {
			System.out.printf("%s vs %s: p50 overhead %+.3f ms, p99 ratio %.2f%n", names.get(2), names.get(1),
					p50[2] - p50[1], p99[2] / p99[1]);
		}
		if (samples.stream().anyMatch(s -> s.status() != 200)) {
			System.out.println("FAILED: some requests were not answered 200; the numbers above are not valid");
			System.exit(1);
		}
	}

	/** Nearest-rank percentile, in milliseconds. */
	static double percentile(long[] sorted, double quantile) {
		int rank = (int) Math.ceil(quantile * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

}
