package org.refinery.backlog.web;

import org.refinery.backlog.member.Memberships;
import org.refinery.backlog.product.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamWriteFeature;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final Memberships memberships;

	WebConfiguration(Memberships memberships) {
		this.memberships = memberships;
	}

	static {
		// The caller comes from the token, not from the request: keep it out of the OpenAPI document.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	/**
	 * Decimals as written digits: an estimate of 590 read back as {@code 5.9E+2} is valid JSON
	 * that people and many clients misread.
	 */
	@Bean
	JsonMapperBuilderCustomizer plainDecimals() {
		return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerResolver(memberships));
	}

}
