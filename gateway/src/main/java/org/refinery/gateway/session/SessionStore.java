package org.refinery.gateway.session;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Every browser session in PostgreSQL (tables of Flyway's {@code V1__browser_sessions.sql}), and
 * the sign-in's tokens inside the session rather than in the memory of the replica that took the
 * login.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SessionStore {

	/**
	 * Spring Session's repository as it is: JDK serialization of the attributes, one row per
	 * attribute, written only when it changed, and a clean-up of expired sessions every minute on
	 * each replica (a plain {@code DELETE}, harmless when two replicas run it at once).
	 */
	@Bean
	@DependsOnDatabaseInitialization
	JdbcIndexedSessionRepository jdbcSessions(DataSource dataSource, PlatformTransactionManager transactions,
			@Value("${server.reactive.session.timeout:30m}") Duration timeout) {
		var sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
				new TransactionTemplate(transactions));
		sessions.setDefaultMaxInactiveInterval(timeout);
		sessions.setConversionService(serialization());
		// Upserts attributes, so two replicas saving one session at once do not collide on its key.
		new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(sessions);
		return sessions;
	}

	@Bean
	@SuppressWarnings("unchecked")
	ReactiveSessionRepository<Session> browserSessions(JdbcIndexedSessionRepository jdbcSessions) {
		return new BrowserSessions((SessionRepository<Session>) (SessionRepository<?>) jdbcSessions,
				Schedulers.boundedElastic());
	}

	/**
	 * The access and refresh tokens of a sign-in live in its session: Boot's default keeps them in
	 * the memory of one replica, where the token relay of every other replica cannot find them.
	 */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClients() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	/** Deserializes with the application's class loader, the one that sees the gateway's jar. */
	private static GenericConversionService serialization() {
		var conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class,
				new DeserializingConverter(SessionStore.class.getClassLoader()));
		return conversion;
	}

}
