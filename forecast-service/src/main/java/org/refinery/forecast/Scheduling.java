package org.refinery.forecast;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the service's scheduled jobs: the debounced recomputation of forecasts. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {

}
