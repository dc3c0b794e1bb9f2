/**
 * Who is asking. The {@link org.refinery.forecast.access.Caller} is forecast's one view of the
 * signed-in person, built at the web edge from the token and the product memberships this
 * service keeps (ADR 0009); the forecast and throughput rules ask only it.
 */
package org.refinery.forecast.access;
