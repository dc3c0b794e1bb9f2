package org.refinery.gateway.problem;

import org.refinery.http.InputError;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import reactor.core.publisher.Mono;
import reactor.netty.NettyPipeline;

import java.util.List;

/**
 * Where the refusals that happen before the gateway's filters are turned into problems: Netty's
 * decoder (see {@link MalformedRequests}) and Spring Security's firewall, which otherwise answers a
 * path it finds suspicious (an encoded slash or dot, a semicolon, a backslash) with an empty 400.
 */
@Configuration(proxyBeanMethods = false)
class RequestRefusals {

	@Bean
	NettyServerCustomizer malformedRequestProblems() {
		return server -> server.doOnChannelInit((observer, channel, remote) -> {
			// Only HTTP/1.1 connections have this codec; an HTTP/2 stream is decoded elsewhere.
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline().addAfter(NettyPipeline.HttpCodec, MalformedRequests.NAME, new MalformedRequests());
			}
		});
	}

	@Bean
	ServerExchangeRejectedHandler firewallProblems() {
		return (exchange, rejected) -> {
			String rawPath = exchange.getRequest().getURI().getRawPath();
			String reason = String.valueOf(rejected.getMessage());
			// The firewall's reasons about the URL are about its path; the rest name their header or method.
			List<InputError> errors = reason.contains("URL") ? List.of(new InputError("#/path", rawPath,
					"no encoded slash, dot, percent sign or backslash, no semicolon, no // or /../")) : List.of();
			return Mono.error(new Refusal(HttpStatus.BAD_REQUEST, "request-rejected", "Request rejected",
					"The gateway does not pass on a request that could be read differently behind it. "
							+ InputError.echo(reason),
					Refusal.instanceOf(rawPath), errors).exception());
		};
	}

}
