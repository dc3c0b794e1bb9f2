package org.refinery.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The dashboard's scripts and styles are served without reading the browser session. They are the
 * project's open source and grant nothing; the page that loads them and every API call still need
 * the session. Read with the session, each of the 46 modules a page load fetches cost a session
 * lookup in PostgreSQL (and a write of its last access) before a 304 could be answered. Same
 * response headers as the dashboard.
 */
@Configuration
class DashboardAssetsSecurity {

	static final String[] PATHS = { "/assets/**", "/js/**", "/css/**", "/webjars/echarts/**" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityWebFilterChain dashboardAssetsFilterChain(ServerHttpSecurity http) {
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATHS))
			.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.headers(GatewaySecurity::headers)
			.build();
	}

}
