/**
 * The REST edge of product forecasts: requests validated up front, every mistake a problem+json;
 * a forecast not admitted (over budget, too many at once, out of time) says why and what to do.
 */
package org.refinery.forecast.forecast.web;
