package org.refinery.alignment.summary.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One summary cache for the service, shared by the summary, portfolio, snapshot and metrics paths. */
@Configuration(proxyBeanMethods = false)
class SummaryCaching {

	@Bean
	SummaryCache summaryCache() {
		return new SummaryCache();
	}

}
