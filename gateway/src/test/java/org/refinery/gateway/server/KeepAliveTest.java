package org.refinery.gateway.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's HTTP server (Reactor Netty) answers every request of a kept-alive connection,
 * also one that arrived while the previous exchange was still ending. Reactor Netty up to 1.3.7
 * then stopped reading the connection until the client closed it (reactor/reactor-netty#4347):
 * browsers signing in hung on the OIDC callback for 30 s and more. This pins the version that
 * fixed it (see the root pom): a downgrade fails here, not in a sign-in under load.
 */
class KeepAliveTest {

	@Test
	void everyRequestQueuedOnAKeptAliveConnectionIsAnswered() throws Exception {
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> response.sendString(request.uri().equals("/first")
					? Mono.delay(Duration.ofMillis(50)).thenReturn("ok") : Mono.just("ok")))
			.bindNow(Duration.ofSeconds(10));
		try (Socket socket = new Socket("127.0.0.1", server.port())) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			// The second arrives while the first is still being answered, and is answered at once.
			send(out, request("/first") + request("/second"));
			assertThat(answered(socket.getInputStream(), 2)).isEqualTo(2);

			// The connection must still be read: the next request on it is answered too.
			send(out, request("/third"));
			assertThat(answered(socket.getInputStream(), 1)).isEqualTo(1);
		}
		finally {
			server.disposeNow();
		}
	}

	private static void send(OutputStream out, String requests) throws java.io.IOException {
		out.write(requests.getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static String request(String path) {
		return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
	}

	/** Counts complete responses ("ok" bodies) until {@code expected} arrived or the read timed out. */
	private static int answered(InputStream in, int expected) {
		var received = new StringBuilder();
		byte[] buffer = new byte[1024];
		try {
			while (count(received) < expected) {
				int read = in.read(buffer);
				if (read < 0) {
					break;
				}
				received.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
			}
		}
		catch (java.io.IOException timedOut) {
			// A hung connection: count what did arrive.
		}
		return count(received);
	}

	private static int count(CharSequence received) {
		return received.toString().split("\r\n\r\nok", -1).length - 1;
	}

}
