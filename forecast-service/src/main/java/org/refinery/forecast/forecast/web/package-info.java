/** The REST edge of product forecasts: requests validated up front, every mistake a problem+json. */
package org.refinery.forecast.forecast.web;
