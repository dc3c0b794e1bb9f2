/**
 * The REST edge of product forecasts: the baseline and its history, its settings (changed against
 * the version held, If-Match, 412 when stale), one's own what-if scenarios, the baseline as CSV,
 * and the original POST kept for its callers. Requests are validated up front, every mistake a
 * problem+json naming the field; a forecast not admitted (over budget, too many at once, out of
 * time) says why and what to do.
 */
package org.refinery.forecast.forecast.web;
