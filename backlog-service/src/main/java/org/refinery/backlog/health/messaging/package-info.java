/** The forecast service's forecasts, kept as the predictability of each product. */
package org.refinery.backlog.health.messaging;
