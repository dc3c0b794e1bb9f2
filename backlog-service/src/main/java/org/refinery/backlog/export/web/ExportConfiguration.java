package org.refinery.backlog.export.web;

import org.refinery.backlog.export.ExportPermits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

	@Bean
	ExportPermits exportPermits(ExportSettings settings) {
		return new ExportPermits(settings.perUser(), settings.total(), settings.retryAfter());
	}

}
