package org.refinery.system.fuzz;

import org.refinery.devstack.services.RefineryService;
import org.refinery.system.fuzz.FuzzCase.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What came back, per service: answers the issue forbids (a 5xx, a dropped connection, a bad
 * request accepted, a refusal that is no problem, a 429 the retries could not get past), and for
 * every field error whether the answer named the field by its pointer and said why. Safe to fill
 * from several threads.
 */
final class FuzzTally {

	/** A field error a service cannot name as the issue asks, listed with the reason. */
	record KnownMiss(String reason, Predicate<Request> applies) {
	}

	/** A request and the answer that broke a rule of the issue, ready to print and to hand to whoever fixes it. */
	record Finding(Request request, String answer) {

		@Override
		public String toString() {
			return request + "\n      answered " + answer;
		}

	}

	static final class Count {

		int sent;

		int retriedAfter429;

		int fieldErrors;

		int named;

		final Map<String, Integer> notFieldErrors = new TreeMap<>();

		final List<Finding> failures = new ArrayList<>();

		final List<Finding> misses = new ArrayList<>();

		final List<Finding> knownMisses = new ArrayList<>();

		double coverage() {
			return fieldErrors == 0 ? 1 : (double) named / fieldErrors;
		}

	}

	private final Map<RefineryService, Count> counts = new EnumMap<>(RefineryService.class);

	private final List<KnownMiss> known;

	FuzzTally(List<KnownMiss> known) {
		this.known = known;
		for (RefineryService service : RefineryService.values()) {
			counts.put(service, new Count());
		}
	}

	synchronized Count of(RefineryService service) {
		return counts.get(service);
	}

	/** A connection dropped or timed out: the issue allows none, whatever was sent. */
	synchronized void dropped(Request request, int retries, IOException failure) {
		Count count = sent(request, retries);
		count.failures.add(new Finding(request, "no answer: " + failure));
	}

	synchronized void answered(Request request, int retries, HttpResponse<String> response) {
		Count count = sent(request, retries);
		int status = response.statusCode();
		String shown = status + " " + abbreviated(response.body());
		if (status >= 500 || status < 400 || status == 429
				|| !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			// A 429 is the gateway's, not the service's: it says nothing about the field, so it never passes.
			count.failures.add(new Finding(request, shown));
			return;
		}
		if (status != 400 && request.notAFieldError() != null) {
			count.notFieldErrors.merge(status + ": " + request.notAFieldError(), 1, Integer::sum);
			return;
		}
		count.fieldErrors++;
		if (status == 400 && names(response.body(), request.pointer())) {
			count.named++;
			return;
		}
		var miss = new Finding(request, shown);
		if (known.stream().anyMatch(exception -> exception.applies().test(request))) {
			count.knownMisses.add(miss);
		}
		else {
			count.misses.add(miss);
		}
	}

	/** Per service what was sent and how it was answered, then every finding. */
	synchronized String report() {
		var report = new StringBuilder();
		counts.forEach((service, count) -> {
			report.append("%n%s: %d bad requests (%d retried after 429), %d field errors, %d named by pointer (%.1f %%)%n"
				.formatted(service.module(), count.sent, count.retriedAfter429, count.fieldErrors, count.named,
						100 * count.coverage()));
			count.notFieldErrors.forEach((why, n) -> report.append("    not a field error, %d× %s%n".formatted(n, why)));
			section(report, "FORBIDDEN ANSWERS", count.failures);
			section(report, "FIELD NOT NAMED", count.misses);
			section(report, "field not named, known exception", count.knownMisses);
		});
		return report.toString();
	}

	private static void section(StringBuilder report, String title, List<Finding> findings) {
		if (!findings.isEmpty()) {
			report.append("  %s (%d):%n".formatted(title, findings.size()));
			findings.stream().limit(40).forEach(finding -> report.append("    ").append(finding).append('\n'));
		}
	}

	/**
	 * Whether some entry of {@code errors} points at the expected place — exactly, or inside it for a
	 * nested field ({@code /representatives/PAY-CHECKOUT/0} for {@code /representatives}) — and says
	 * which rule was broken. The whole body ({@code ""}) must be named as such.
	 */
	static boolean names(String body, String pointer) {
		JsonNode errors;
		try {
			errors = JsonMapper.shared().readTree(body).path("errors");
		}
		catch (RuntimeException notJson) {
			return false;
		}
		for (JsonNode error : errors) {
			String at = error.path("pointer").isString() ? error.path("pointer").asString() : null;
			boolean there = at != null && (at.equals(pointer) || !pointer.isEmpty() && at.startsWith(pointer + "/"));
			if (there && error.path("rule").isString() && !error.path("rule").asString().isBlank()) {
				return true;
			}
		}
		return false;
	}

	private Count sent(Request request, int retries) {
		Count count = counts.get(request.endpoint().service());
		count.sent++;
		count.retriedAfter429 += retries;
		return count;
	}

	private static String abbreviated(String body) {
		return body.length() > 400 ? body.substring(0, 400) + "…" : body;
	}

}
