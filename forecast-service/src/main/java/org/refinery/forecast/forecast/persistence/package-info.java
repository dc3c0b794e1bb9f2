/** Forecasts in the service's own PostgreSQL database, each stored whole as JSON. */
package org.refinery.forecast.forecast.persistence;
