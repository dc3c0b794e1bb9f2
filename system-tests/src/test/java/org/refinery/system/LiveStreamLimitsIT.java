package org.refinery.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One user's live-update streams cannot starve the backlog service (the incident: about 200
 * silent streams of one user filled its connections for two hours). tess opens 300 streams of
 * one session through the gateway on raw sockets: the service keeps a few and refuses the rest
 * with a 429 problem and {@code Retry-After}, paul's item reads keep the latency they had just
 * before, a kept stream outlives the gateway's 15 s route time-out on heartbeats, and once tess's
 * sockets close the service notices within 30 s: its open-stream gauge is back where it was. The
 * refusals are the service's ("Too many live streams"), not the gateway's rate limit ("Too many
 * requests"): the devstack's per-caller burst of 400 lets 300 requests through.
 */
class LiveStreamLimitsIT {

	private static final int STREAMS = 300;

	/** {@code refinery.backlog.live-streams.per-user-and-session} of the service. */
	private static final int KEPT = 3;

	private static final String GAUGE = "refinery_session_streams_open";

	@Test
	void three_hundred_streams_of_one_user_leave_other_users_reads_fast_and_are_released_after_their_clients_go()
			throws Exception {
		PlatformClient paul = SharedPlatform.as("paul");
		String item = PlatformClient.json(paul.get("/api/backlog/products/PAY/items?size=1")).path("content").get(0)
			.path("id").asString();
		String events = "/api/backlog/refinement-sessions/" + scheduleSession(paul, item) + "/events";
		// The gauge counts every stream of the service: the shared browsers of earlier dashboard tests
		// may still show a session page (whose stream reconnects at its lifetime's end). They are
		// closed and the service notices within 30 s; counting from zero keeps their departures and
		// reconnects out of this test's arithmetic. Later dashboard tests sign in afresh.
		BrowserSession.quitAll();
		await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
			.until(() -> PlatformMetrics.value("backlog-service", GAUGE) == 0);
		double before = 0;
		Duration usual = medianRead(paul, item);

		List<RawStream> opened = openAll(events, SharedPlatform.token("tess"));
		List<RawStream> kept = opened.stream().filter(stream -> stream.status() == 200).toList();
		Duration meanwhile = medianRead(paul, item);

		System.out.printf("LiveStreamLimitsIT: item read median %d ms before, %d ms with %d streams asked for%n",
				usual.toMillis(), meanwhile.toMillis(), STREAMS);
		assertThat(kept).as("streams kept open").hasSize(KEPT);
		assertThat(opened).filteredOn(stream -> stream.status() != 200).hasSize(STREAMS - KEPT)
			.allSatisfy(LiveStreamLimitsIT::isTheServicesRefusal);
		assertThat(PlatformMetrics.value("backlog-service", GAUGE)).isEqualTo(before + KEPT);
		assertThat(meanwhile).as("another user's read, against %s before", usual).isLessThanOrEqualTo(usual.multipliedBy(5));
		assertThat(kept.getFirst().heartbeatAfter(Duration.ofSeconds(16))).as("a heartbeat past the route time-out")
			.isTrue();

		kept.forEach(RawStream::close);
		long left = System.nanoTime();
		await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
			.until(() -> PlatformMetrics.value("backlog-service", GAUGE) <= before);
		Duration released = Duration.ofNanos(System.nanoTime() - left);
		System.out.printf("LiveStreamLimitsIT: departed streams released after %d ms%n", released.toMillis());
		assertThat(released).isLessThanOrEqualTo(Duration.ofSeconds(30));
	}

	private static void isTheServicesRefusal(RawStream refused) {
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(Integer.parseInt(refused.headers().get("retry-after"))).isPositive();
		assertThat(refused.body()).contains("\"title\":\"Too many live streams\"", "\"status\":429");
	}

	/** The median of 31 reads after 5 to warm up; every one must succeed. */
	private static Duration medianRead(PlatformClient reader, String item) {
		List<Long> nanos = new ArrayList<>();
		for (int read = 0; read < 36; read++) {
			long start = System.nanoTime();
			var answer = reader.get("/api/backlog/items/" + item);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			if (read >= 5) {
				nanos.add(System.nanoTime() - start);
			}
		}
		return Duration.ofNanos(nanos.stream().sorted().toList().get(nanos.size() / 2));
	}

	private static List<RawStream> openAll(String path, String token) throws Exception {
		URI gateway = URI.create(SharedPlatform.stack().gatewayUrl());
		List<Callable<RawStream>> opens = IntStream.range(0, STREAMS)
			.<Callable<RawStream>>mapToObj(n -> () -> RawStream.open(gateway, path, token))
			.toList();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<RawStream> opened = new ArrayList<>();
			for (Future<RawStream> stream : executor.invokeAll(opens)) {
				opened.add(stream.get());
			}
			return opened;
		}
	}

	private static String scheduleSession(PlatformClient owner, String item) {
		var created = owner.post("/api/backlog/products/PAY/refinement-sessions", """
				{"title":"Stream limits","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":{"PAY-CHECKOUT":["tess"],"PAY-LEDGER":["theo"]},"agenda":["%s"]}""".formatted(item));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode session = PlatformClient.json(created);
		return session.path("id").asString();
	}

	/**
	 * A stream on a socket of its own, as a browser holds it: a kept one is read up to its
	 * {@code connected} event and left open; a refused one is read to its end (the request asks to close).
	 */
	private record RawStream(Socket socket, BufferedReader reader, int status, Map<String, String> headers,
			String body, long openedAt) {

		static RawStream open(URI gateway, String path, String token) throws IOException {
			var socket = new Socket(gateway.getHost(), gateway.getPort());
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + gateway.getAuthority()
					+ "\r\nAccept: text/event-stream\r\nConnection: close\r\nAuthorization: Bearer " + token + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			int status = Integer.parseInt(reader.readLine().split(" ")[1]);
			var headers = new HashMap<String, String>();
			for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
				headers.put(line.substring(0, line.indexOf(':')).toLowerCase(), line.substring(line.indexOf(':') + 1).strip());
			}
			String body = status == 200 ? reader.lines().map(String::strip).takeWhile(line -> !line.equals("event:connected"))
				.collect(Collectors.joining("\n"))
					: "chunked".equals(headers.get("transfer-encoding")) ? dechunked(reader)
							: reader.lines().collect(Collectors.joining("\n"));
			var stream = new RawStream(socket, reader, status, headers, body, System.nanoTime());
			if (status != 200) {
				stream.close();
			}
			return stream;
		}

		/**
		 * A chunked body without its chunk sizes: how the answer is cut into chunks depends on timing,
		 * and a size line can fall in the middle of a word. Sizes count bytes and this reads chars,
		 * which is the same for the ASCII problem bodies it reads.
		 */
		private static String dechunked(BufferedReader reader) throws IOException {
			var body = new StringBuilder();
			for (String size = reader.readLine(); size != null; size = reader.readLine()) {
				int length = Integer.parseInt(size.split(";")[0].strip(), 16);
				if (length == 0) {
					break;
				}
				char[] chunk = new char[length];
				int read = 0;
				for (int n = 0; read < length && n >= 0; read += Math.max(n, 0)) {
					n = reader.read(chunk, read, length - read);
				}
				body.append(chunk, 0, read);
				reader.readLine(); // the line break that ends the chunk
			}
			return body.toString();
		}

		/** Reads on until a heartbeat comment arrives at least {@code age} after the stream opened. */
		boolean heartbeatAfter(Duration age) throws IOException {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.strip().equals(": heartbeat") && System.nanoTime() - openedAt >= age.toNanos()) {
					return true;
				}
			}
			return false;
		}

		void close() {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// Closing is the point; a socket that is already gone is closed too.
			}
		}

	}

}
