/**
 * Forecasts in the service's own PostgreSQL database, each stored whole as JSON, and beside them
 * the compact facts calibration reads (per item and P85 due date, when a forecast last named it),
 * so that calibration never reads the forecasts themselves.
 */
package org.refinery.forecast.forecast.persistence;
