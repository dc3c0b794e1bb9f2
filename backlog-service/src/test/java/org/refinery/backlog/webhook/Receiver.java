package org.refinery.backlog.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver as an integrator would write one, on the JDK's HTTP server: it verifies
 * each request's signature and keeps what it accepted. It can be stopped and started again on
 * the same port (a receiver that is down refuses connections), and told which status to answer.
 */
final class Receiver implements AutoCloseable {

	/** One accepted request. */
	record Received(Map<String, String> headers, String body, boolean signatureValid) {

		String header(String name) {
			return headers.get(name);
		}

	}

	private final String secret;

	private final int port;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger status = new AtomicInteger(204);

	private HttpServer server;

	private Receiver(String secret, int port) {
		this.secret = secret;
		this.port = port;
	}

	static Receiver started(String secret) throws IOException {
		int free;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			free = probe.getLocalPort();
		}
		Receiver receiver = new Receiver(secret, free);
		receiver.start();
		return receiver;
	}

	String url() {
		return "http://127.0.0.1:" + port + "/hook";
	}

	void answer(int code) {
		status.set(code);
	}

	/** Down: the port refuses connections. */
	void stop() {
		server.stop(0);
	}

	/** Up again on the same port. */
	void start() throws IOException {
		server = listen(port);
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	private HttpServer listen(int onPort) throws IOException {
		HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
		created.createContext("/hook", this::handle);
		created.start();
		return created;
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		int code = status.get();
		if (code / 100 == 2) {
			Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.getFirst()));
			boolean valid = WebhookSignature.verify(headers.get(WebhookSignature.HEADER), secret, body, Instant.now(),
					Duration.ofMinutes(5));
			received.add(new Received(headers, new String(body, java.nio.charset.StandardCharsets.UTF_8), valid));
		}
		exchange.sendResponseHeaders(code, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
