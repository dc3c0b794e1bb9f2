package org.refinery.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser does for the login flow, scripted: keeps cookies (gateway and Keycloak both run
 * on localhost, and cookies ignore ports, so one jar serves both), follows no redirect on its own
 * so each hop can be checked, and asks for HTML as a navigation does.
 */
final class SecurityCookieBrowser {

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	HttpResponse<String> navigate(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
	}

	HttpResponse<String> fetchJson(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET());
	}

	HttpResponse<String> submit(String url, String form, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		headers.forEach(request::header);
		return send(request);
	}

	/** A script's JSON write with the session cookie, as the dashboard's fetch sends it. */
	HttpResponse<String> postJson(String url, String json, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(request::header);
		return send(request);
	}

	boolean has(String cookie) {
		return cookies.containsKey(cookie);
	}

	String cookie(String name) {
		return cookies.get(name);
	}

	/** Where a redirect points, resolved against the request's URL. */
	static String location(HttpResponse<String> response) {
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new AssertionError("No redirect from " + response.request().uri() + ": "
					+ response.statusCode() + " " + response.body()));
		return response.request().uri().resolve(location).toString();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::keep);
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void keep(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		int equals = pair.indexOf('=');
		String name = pair.substring(0, equals).strip();
		String value = pair.substring(equals + 1).strip();
		boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
		if (expired) {
			cookies.remove(name);
		}
		else {
			cookies.put(name, value);
		}
	}

}
