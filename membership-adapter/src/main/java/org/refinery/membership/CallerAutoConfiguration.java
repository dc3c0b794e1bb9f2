package org.refinery.membership;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Gives every controller of a servlet service its {@link Caller} parameter, resolved from the
 * token plus the service's {@link Memberships}: the replicated copy ({@link MembershipAutoConfiguration})
 * or, in backlog-service, the memberships it owns. Also imported by web slice tests
 * ({@code @WebMvcTest}), which supply the memberships as a mock.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
public class CallerAutoConfiguration {

	@Bean
	WebMvcConfigurer callerResolution(ObjectProvider<Memberships> memberships) {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerResolver(memberships));
			}
		};
	}

	/** The caller comes from the token, not from the request: it is no parameter of the OpenAPI document. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SpringDocUtils.class)
	static class CallerOutOfOpenApi {

		static {
			SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
		}

	}

}
