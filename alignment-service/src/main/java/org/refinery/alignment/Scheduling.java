package org.refinery.alignment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the service's scheduled jobs: the daily alignment snapshot and the metrics refresh. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {

}
