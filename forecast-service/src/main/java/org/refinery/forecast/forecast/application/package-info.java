/**
 * Computing a product's forecast from its read model and storing and announcing it in one
 * transaction, once admitted: a permit, a budget checked before the engine starts, the engine on a
 * bounded pool of platform threads that leaves reads a core, and a deadline below the gateway's.
 * <p>
 * A run becomes the product's forecast, so running one is a write ({@code Forecasters}): product
 * owners, members of the product's teams, portfolio managers and administrators run it; a viewer
 * gets 403 and reads the forecast others made. Throughput history is imported by the team's
 * members, the product's owners and administrators ({@code throughput.application.HistoryImport}).
 */
package org.refinery.forecast.forecast.application;
