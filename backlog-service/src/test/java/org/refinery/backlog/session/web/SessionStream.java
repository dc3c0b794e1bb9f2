package org.refinery.backlog.session.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A test's end of a session's live stream (the service's end is {@link LiveStream}): opened with a person's token,
 * it keeps every line the stream sends until it is closed.
 * <p>
 * The HTTP client appends those lines on its own thread while the test reads them, so a test reads only copies
 * ({@link #heard()}): a view of the live list, such as a sub-list, throws once the stream adds to it, and may do so
 * while an assertion formats its message. Nothing here sleeps: it waits, within a time the test names, for what the
 * test expects to hear. Each stream has its own HTTP client, so closing it drops the connection the way a departing
 * browser does, and the service notices at its next heartbeat. Public because the estimation rounds' tests follow
 * the stream too.
 */
public final class SessionStream implements AutoCloseable {

	private static final Duration CONNECTING = Duration.ofSeconds(10);

	private final HttpClient client = HttpClient.newHttpClient();

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private volatile int status;

	private SessionStream() {
	}

	/** Opens a session's stream with a token and returns once the service said {@code event:connected}. */
	public static SessionStream follow(int port, String session, String token) {
		return follow(request(port, session, token));
	}

	/** Opens a stream of a request such as {@link #request}'s with more headers (a {@code Last-Event-ID}). */
	static SessionStream follow(HttpRequest request) {
		SessionStream stream = new SessionStream();
		stream.client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
			stream.status = response.statusCode();
			try (Stream<String> body = response.body()) {
				body.forEach(stream.lines::add);
			}
		});
		await().atMost(CONNECTING).until(() -> stream.lines.contains("event:connected"));
		return stream;
	}

	/** The request that opens a session's stream, for a test that expects the service to refuse it. */
	static HttpRequest request(int port, String session, String token) {
		return HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/backlog/refinement-sessions/" + session + "/events"))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + token)
			.build();
	}

	/** Every line heard so far, copied. */
	public List<String> heard() {
		return List.copyOf(lines);
	}

	/** The lines heard after the first {@code from}, copied. */
	List<String> heardSince(int from) {
		List<String> heard = heard();
		return heard.subList(from, heard.size());
	}

	/** Waits, at most {@code within}, until the stream has sent an event of the kind (e.g. {@code session-closed}). */
	public void awaitEvent(String kind, Duration within) {
		awaitEventSince(0, kind, within);
	}

	/** Waits, at most {@code within}, for an event of the kind among the lines after the first {@code from}. */
	void awaitEventSince(int from, String kind, Duration within) {
		await().atMost(within).untilAsserted(() -> assertThat(heardSince(from)).contains("event:" + kind));
	}

	/** The HTTP status the stream was answered with. */
	int status() {
		return status;
	}

	/** Drops the connection; closing twice is harmless. */
	@Override
	public void close() {
		client.shutdownNow();
	}

}
