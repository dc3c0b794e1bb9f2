package org.refinery.backlog.webhook.sending;

import org.refinery.backlog.webhook.Outcome;
import org.refinery.backlog.webhook.Receivers;
import org.refinery.backlog.webhook.Shipment;
import org.refinery.backlog.webhook.WebhookSignature;
import org.refinery.backlog.webhook.application.WebhookSettings;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

@Component
class HttpReceivers implements Receivers {

	private final HttpClient client;

	private final Duration readTimeout;

	private final Clock clock;

	HttpReceivers(WebhookSettings settings, Clock clock) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.readTimeout = settings.readTimeout();
		this.clock = clock;
	}

	@Override
	public Outcome send(Shipment shipment) {
		try {
			HttpResponse<Void> response = client.send(request(shipment), HttpResponse.BodyHandlers.discarding());
			return Outcome.answered(response.statusCode());
		}
		catch (HttpTimeoutException ex) {
			return Outcome.failed("the receiver did not answer in time");
		}
		catch (IOException ex) {
			return Outcome.failed("the receiver could not be reached: " + describe(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.failed("the attempt was interrupted by a shutdown");
		}
	}

	HttpRequest request(Shipment shipment) {
		return HttpRequest.newBuilder(shipment.url())
			.timeout(readTimeout)
			.header("content-type", "application/json")
			.header("ce-specversion", "1.0")
			.header("ce-id", shipment.eventId().toString())
			.header("ce-source", shipment.eventSource())
			.header("ce-type", shipment.eventType())
			.header("ce-subject", shipment.subject().toString())
			.header("ce-time", shipment.occurredAt().toString())
			.header("user-agent", "Refinery-Webhooks/1")
			.header(WebhookSignature.HEADER, WebhookSignature.sign(shipment.secret(), clock.instant(), shipment.body()))
			.POST(HttpRequest.BodyPublishers.ofByteArray(shipment.body()))
			.build();
	}

	private static String describe(IOException ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}

}
