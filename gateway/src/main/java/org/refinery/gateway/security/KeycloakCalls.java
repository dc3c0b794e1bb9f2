package org.refinery.gateway.security;

import io.netty.channel.ChannelOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

import java.time.Duration;

/**
 * The gateway's own calls to Keycloak's token endpoint: the code exchange that ends a browser's
 * login and the refresh that keeps its session's access token fresh. Spring Security's default
 * client waits forever, so a Keycloak that accepts a connection and never answers would leave a
 * login spinning with no error; these calls give up after {@link #ANSWER} and the login fails with
 * an error page the person can retry from. Spring Security picks both clients up as beans.
 */
@Configuration
class KeycloakCalls {

	static final Duration CONNECT = Duration.ofSeconds(5);

	static final Duration ANSWER = Duration.ofSeconds(20);

	@Bean
	ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange() {
		var client = new WebClientReactiveAuthorizationCodeTokenResponseClient();
		client.setWebClient(bounded());
		return client;
	}

	@Bean
	ReactiveOAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> tokenRefresh() {
		var client = new WebClientReactiveRefreshTokenTokenResponseClient();
		client.setWebClient(bounded());
		return client;
	}

	private static WebClient bounded() {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT.toMillis())
			.responseTimeout(ANSWER);
		return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

}
