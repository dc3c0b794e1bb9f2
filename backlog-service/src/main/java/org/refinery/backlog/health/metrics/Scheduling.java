package org.refinery.backlog.health.metrics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduler the health refresh runs on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
