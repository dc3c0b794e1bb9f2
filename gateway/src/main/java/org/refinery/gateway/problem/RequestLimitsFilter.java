package org.refinery.gateway.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses, before security or routing spend anything on it, a request whose path holds a control
 * character (400), whose target is too long (414), whose headers are too large (431) or whose body
 * is (413), each with a problem whose {@code errors} name the part at fault. A chunked body has no
 * declared length, so it is counted as it streams and fails once it passes the limit. An import's
 * body has a larger limit than every other ({@link RequestLimits#maxBodyOf}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLimitsFilter implements WebFilter {

	private final RequestLimits limits;

	RequestLimitsFilter(RequestLimits limits) {
		this.limits = limits;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		Refusal refusal = RequestChecks.controlCharacter(request);
		if (refusal == null) {
			refusal = RequestChecks.targetLength(request, limits.maxTargetLength());
		}
		if (refusal == null) {
			refusal = RequestChecks.headerSize(request, limits.maxHeaderSize().toBytes());
		}
		long maxBody = limits.maxBodyOf(request.getMethod(), request.getURI().getRawPath());
		if (refusal == null) {
			refusal = RequestChecks.declaredBodySize(request, maxBody);
		}
		if (refusal != null) {
			return Mono.error(refusal.exception());
		}
		boolean streamed = request.getHeaders().getContentLength() < 0
				&& request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING);
		return chain.filter(streamed ? exchange.mutate().request(counted(request, maxBody)).build() : exchange);
	}

	private ServerHttpRequest counted(ServerHttpRequest request, long max) {
		return new ServerHttpRequestDecorator(request) {
			@Override
			public Flux<DataBuffer> getBody() {
				var read = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (read.addAndGet(buffer.readableByteCount()) > max) {
						DataBufferUtils.release(buffer);
						sink.error(tooLarge(request, max).exception());
					}
					else {
						sink.next(buffer);
					}
				});
			}
		};
	}

	static Refusal tooLarge(ServerHttpRequest request, long max) {
		return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "request-body-too-large", "Request body too large",
				"The body of this request is larger than the " + RequestChecks.size(max)
						+ " the gateway passes on; send less per request.",
				Refusal.instanceOf(request.getURI().getRawPath()), List.of());
	}

}
