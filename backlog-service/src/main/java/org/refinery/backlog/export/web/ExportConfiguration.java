package org.refinery.backlog.export.web;

import org.refinery.http.Permits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

	@Bean
	Permits exportPermits(ExportSettings settings) {
		return Permits.withRetryAfter("export", settings.perUser(), settings.total(), settings.retryAfter());
	}

}
