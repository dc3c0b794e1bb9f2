/** Computing a product's forecast from its read model in one transaction that stores and announces it. */
package org.refinery.forecast.forecast.application;
