/**
 * Announces computed forecasts as {@code ForecastComputed} contract events; the listener runs
 * inside the computing transaction, so the event enters the outbox atomically with the forecast.
 */
package org.refinery.forecast.forecast.messaging;
