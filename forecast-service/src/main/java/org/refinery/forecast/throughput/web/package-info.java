/** The REST edge of throughput history. */
package org.refinery.forecast.throughput.web;
