package org.refinery.backlog.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamWriteFeature;

/** How the backlog writes JSON; a {@link WebMvcConfigurer} so that web slice tests write it the same way. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Decimals as written digits: an estimate of 590 read back as {@code 5.9E+2} is valid JSON
	 * that people and many clients misread.
	 */
	@Bean
	JsonMapperBuilderCustomizer plainDecimals() {
		return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
	}

}
