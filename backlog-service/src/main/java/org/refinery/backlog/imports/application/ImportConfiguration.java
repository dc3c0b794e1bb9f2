package org.refinery.backlog.imports.application;

import org.refinery.http.Permits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** How many imports run at once, and the threads they run on: one virtual thread per admitted job. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	Permits importPermits(ImportSettings settings) {
		return Permits.withRetryAfter("import", settings.perUser(), settings.total(), settings.retryAfter());
	}

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService importRunner() {
		return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("import-", 1).factory());
	}

}
