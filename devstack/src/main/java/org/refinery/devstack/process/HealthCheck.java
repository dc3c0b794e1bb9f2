package org.refinery.devstack.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether a component answers: an HTTP endpoint that returns 200, or a TCP port that accepts. */
@FunctionalInterface
public interface HealthCheck {

	boolean passes();

	static HealthCheck http(URI uri) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		return () -> {
			try {
				var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
				return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new StackStopped("Interrupted");
			}
		};
	}

	static HealthCheck tcp(int port) {
		return () -> {
			try (var socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 1000);
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		};
	}

}
