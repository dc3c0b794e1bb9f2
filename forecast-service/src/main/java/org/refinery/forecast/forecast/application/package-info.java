/**
 * Computing a product's forecasts from its read model once admitted: a permit, a budget checked
 * before the engine starts, the engine on a bounded pool of platform threads that leaves reads a
 * core, and a deadline below the gateway's. A baseline is stored and announced in one transaction;
 * a what-if run is neither.
 * <p>
 * The baseline is the product's forecast, so changing it is a write ({@code Forecasters}): only
 * its product owners and administrators set its settings or run it with parameters of their own.
 * The platform recomputes it by itself ({@code Recomputation}, {@code BaselineFreshness}) after a
 * backlog or dependency event, a history import or a settings change (debounced per product) and
 * whenever it is a day old. Everyone who sees the product, viewers included, runs what-if
 * scenarios ({@code ProductScenarios}), kept per person up to a bound, never evicted. Throughput
 * history is imported by the team's members, the product's owners and administrators
 * ({@code throughput.application.HistoryImport}).
 */
package org.refinery.forecast.forecast.application;
