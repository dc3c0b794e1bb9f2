package org.refinery.http;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet services' error path: the problem advice, the error controller for what the
 * container refuses, the query text check and case-insensitive enum parameters. Before Boot's
 * error auto-configuration, so that its JSON error controller steps back.
 */
@AutoConfiguration
@AutoConfigureBefore(ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
@Import({ BusyProblems.class, RequestProblems.class, ProblemErrorController.class })
public class ProblemsAutoConfiguration implements WebMvcConfigurer {

	/** After Spring Security's filters (order -100), before anything binds parameters. */
	static final int QUERY_TEXT_ORDER = 0;

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new CaseInsensitiveEnums());
	}

	@Bean
	FilterRegistrationBean<QueryTextFilter> queryTextFilter(JsonMapper json) {
		var registration = new FilterRegistrationBean<>(new QueryTextFilter(json));
		registration.setOrder(QUERY_TEXT_ORDER);
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(GlobalOpenApiCustomizer.class)
	static class Documents {

		@Bean
		GlobalOpenApiCustomizer problemShape() {
			return ProblemsOpenApi::applyTo;
		}

		@Bean
		GlobalOpenApiCustomizer documentIdentity(Environment environment) {
			return new DocumentIdentity(environment.getProperty("spring.application.name", "service"),
					environment.getProperty("spring.application.version", "dev"),
					environment.getProperty("refinery.api.description"))::applyTo;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DataIntegrityViolationException.class)
	@Import(ConstraintProblems.class)
	static class Constraints {

	}

}
