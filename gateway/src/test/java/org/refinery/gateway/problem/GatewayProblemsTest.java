package org.refinery.gateway.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayProblemsTest {

	@Test
	void anUnexpectedFailureIsA500ProblemThatTellsNothingOfIt() {
		var failure = new IllegalStateException("pool exhausted at jdbc:postgresql://db:5432/backlog");

		var answer = GatewayProblems.of(failure, MockServerHttpRequest.get("/api/backlog/products").build());

		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(answer.getBody().getDetail()).doesNotContain("pool").doesNotContain("jdbc")
			.contains("could not handle this request");
		assertThat(answer.getBody().getInstance()).hasToString("/api/backlog/products");
	}

	@Test
	void aNavigationNamingHtmlIsLeftToThePageWhileScriptsAndWildcardsGetProblems() {
		var navigation = MockServerHttpRequest.get("/x").accept(MediaType.TEXT_HTML, MediaType.ALL).build();
		var script = MockServerHttpRequest.get("/x").accept(MediaType.APPLICATION_JSON).build();
		var anything = MockServerHttpRequest.get("/x").accept(MediaType.ALL).build();
		var garbled = MockServerHttpRequest.get("/x").header("Accept", "text/html;;==").build();

		assertThat(ProblemResponses.asksForHtml(navigation)).isTrue();
		assertThat(ProblemResponses.asksForHtml(script)).isFalse();
		assertThat(ProblemResponses.asksForHtml(anything)).isFalse();
		assertThat(ProblemResponses.asksForHtml(garbled)).isFalse();
	}

}
