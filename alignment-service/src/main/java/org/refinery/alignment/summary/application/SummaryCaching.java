package org.refinery.alignment.summary.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One summary cache for the service, shared by the summary, portfolio, snapshot and metrics paths. */
@Configuration(proxyBeanMethods = false)
class SummaryCaching {

	@Bean
	SummaryCache summaryCache(Clock clock) {
		return new SummaryCache(clock);
	}

}
