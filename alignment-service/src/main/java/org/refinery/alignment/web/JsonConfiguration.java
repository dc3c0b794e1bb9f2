package org.refinery.alignment.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;

/**
 * Decimals as written digits. Efforts and medians are kept without trailing zeros, so 590 points
 * are {@code 5.9E+2} to a BigDecimal: valid JSON that people and many clients misread.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer plainDecimals() {
		return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
	}

}
