package org.refinery.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * OWASP API4, unrestricted resource consumption: oversized bodies, huge pages and deeply nested
 * JSON are refused with 4xx problem+json before they cost the services anything worth having.
 */
class SecurityResourceLimitsIT {

	@BeforeAll
	static void startTheExpiryClock() {
		SecurityRealTokens.mint();
	}

	@Test
	void an_item_with_a_five_megabyte_description_is_refused_with_400() {
		String body = "{\"type\":\"STORY\",\"title\":\"Oversized probe\",\"teamKey\":\"PAY-CHECKOUT\",\"description\":\""
				+ "x".repeat(5 * 1024 * 1024) + "\"}";

		HttpResponse<String> response = SharedPlatform.as("paul").post("/api/backlog/products/PAY/items", body);

		SecurityProblems.problem(response, 400);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/backlog/products/PAY/items?size=100000",
			"/api/backlog/products/PAY/refinement-sessions?size=100000", "/api/dependencies?product=PAY&size=100000",
			"/api/alignment/goals?size=100000" })
	void a_page_of_a_hundred_thousand_is_refused_with_400(String path) {
		SecurityProblems.problem(SharedPlatform.as("paul").get(path), 400);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/backlog/products/PAY/items", "/api/dependencies", "/api/alignment/goals",
			"/api/alignment/links" })
	void five_thousand_nested_arrays_are_refused_with_400(String path) {
		String nested = "[".repeat(5000) + "]".repeat(5000);

		HttpResponse<String> response = SharedPlatform.as("paul")
			.send(SharedPlatform.as("paul")
				.request(path)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"type\":" + nested + "}")));

		SecurityProblems.problem(response, 400);
	}

}
