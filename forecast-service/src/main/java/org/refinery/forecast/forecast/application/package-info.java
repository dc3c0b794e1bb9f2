/**
 * Computing a product's forecast from its read model and storing and announcing it in one
 * transaction, once admitted: a permit, a budget checked before the engine starts, the engine on a
 * bounded pool of platform threads that leaves reads a core, and a deadline below the gateway's.
 */
package org.refinery.forecast.forecast.application;
