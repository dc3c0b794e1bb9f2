package org.refinery.dependency;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work, such as refreshing dependency gauges, runs in this service. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
