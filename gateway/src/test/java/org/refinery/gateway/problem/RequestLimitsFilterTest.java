package org.refinery.gateway.problem;

import org.junit.jupiter.api.Test;
import org.refinery.http.InputError;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestLimitsFilterTest {

	private final RequestLimitsFilter filter = new RequestLimitsFilter(
			new RequestLimits(4096, DataSize.ofKilobytes(16), DataSize.ofBytes(10), DataSize.ofBytes(50)));

	/** Reads the whole body, as the routing filter does when it forwards it. */
	private final WebFilterChain readsTheBody = exchange -> DataBufferUtils.join(exchange.getRequest().getBody())
		.doOnNext(DataBufferUtils::release)
		.then();

	@Test
	void aChunkedBodyThatOutgrowsTheLimitFailsWith413WhileItStreams() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/backlog/products")
			.header("Transfer-Encoding", "chunked")
			.body(Flux.just("123456", "7890", "1").map(RequestLimitsFilterTest::buffer)));

		assertThatThrownBy(() -> filter.filter(exchange, readsTheBody).block())
			.isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
				assertThat(refused.getStatusCode().value()).isEqualTo(413);
				assertThat(refused.getBody().getDetail()).contains("10 bytes");
			});
	}

	@Test
	void aChunkedBodyWithinTheLimitPassesWhole() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/backlog/products")
			.header("Transfer-Encoding", "chunked")
			.body(Flux.just("123456", "7890").map(RequestLimitsFilterTest::buffer)));

		filter.filter(exchange, readsTheBody).block();
	}

	@Test
	void anImportBodyPassesUpToTheImportLimitWhileAnyOtherBodyOfThatSizeIsRefused() {
		String thirty = "x".repeat(30);
		var anImport = MockServerWebExchange.from(MockServerHttpRequest.post("/api/backlog/products/PAY/imports?format=jira-csv")
			.contentLength(30)
			.body(thirty));
		var anItem = MockServerWebExchange.from(MockServerHttpRequest.post("/api/backlog/products/PAY/items")
			.contentLength(30)
			.body(thirty));

		filter.filter(anImport, readsTheBody).block();
		assertThatThrownBy(() -> filter.filter(anItem, readsTheBody).block())
			.isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
				assertThat(refused.getStatusCode().value()).isEqualTo(413);
				assertThat(refused.getBody().getDetail()).contains("10 bytes");
			});
	}

	@Test
	void anImportBodyOverTheImportLimitIsRefusedWith413NamingThatLimitDeclaredOrStreamed() {
		var declared = MockServerWebExchange.from(MockServerHttpRequest.post("/api/backlog/products/PAY/imports")
			.contentLength(51)
			.body("x".repeat(51)));
		var streamed = MockServerWebExchange.from(MockServerHttpRequest.post("/api/backlog/products/PAY/imports")
			.header("Transfer-Encoding", "chunked")
			.body(Flux.just("x".repeat(30), "x".repeat(21)).map(RequestLimitsFilterTest::buffer)));

		for (var exchange : java.util.List.of(declared, streamed)) {
			assertThatThrownBy(() -> filter.filter(exchange, readsTheBody).block())
				.isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
					assertThat(refused.getStatusCode().value()).isEqualTo(413);
					assertThat(refused.getBody().getDetail()).contains("50 bytes");
				});
		}
	}

	@Test
	void onlyAPostToAProductsImportsHasTheImportLimit() {
		var limits = new RequestLimits(4096, DataSize.ofKilobytes(16), DataSize.ofMegabytes(10), DataSize.ofMegabytes(50));

		assertThat(limits.maxBodyOf(HttpMethod.POST, "/api/backlog/products/PAY/imports")).isEqualTo(50L << 20);
		assertThat(limits.maxBodyOf(HttpMethod.POST, "/api/backlog/products/PAY/imports/")).isEqualTo(50L << 20);
		assertThat(limits.maxBodyOf(HttpMethod.PUT, "/api/backlog/products/PAY/imports")).isEqualTo(10L << 20);
		assertThat(limits.maxBodyOf(HttpMethod.POST, "/api/backlog/products/PAY/items")).isEqualTo(10L << 20);
		assertThat(limits.maxBodyOf(HttpMethod.POST, "/api/backlog/products/PAY/imports/x/y")).isEqualTo(10L << 20);
		assertThat(limits.maxBodyOf(HttpMethod.POST, "/api/dependencies/products/PAY/imports")).isEqualTo(10L << 20);
		assertThat(limits.maxBodyOf(HttpMethod.POST, "/api/backlog/products/PAY/imports/../items")).isEqualTo(10L << 20);
	}

	@Test
	void aRejectedValueIsShortenedAndItsControlCharactersEscaped() {
		assertThat(InputError.echo("a\u0000b\r\n\u007f")).isEqualTo("a\\u0000b\\u000d\\u000a\\u007f");
		assertThat(InputError.echo("x".repeat(500))).hasSize(InputError.LONGEST_VALUE).endsWith("x…");
	}

	@Test
	void theInstanceOfARefusedTargetIsAValidPathWithItsQueryLeftOut() {
		assertThat(Refusal.instanceOf("/a|b c%00%zz?q=1")).isEqualTo("/a%7Cb%20c%00%25zz");
		assertThat(Refusal.instanceOf("*")).isEqualTo("/*");
		assertThat(Refusal.instanceOf("/" + "a".repeat(200))).hasSize(InputError.LONGEST_VALUE);
	}

	private static org.springframework.core.io.buffer.DataBuffer buffer(String text) {
		return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

}
