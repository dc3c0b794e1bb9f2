/**
 * Events of topic {@code refinery.backlog.products.v1}: products, the teams that work on
 * them and the product's Definition of Ready. Every other service needs product and team
 * keys, cadences and delivery modes (for metrics tags, forecast periods, dashboards) but may
 * not ask the backlog service for them at request time, so the backlog service publishes the
 * full state after each change here and the others keep local copies.
 */
package org.refinery.contracts.backlog.products;
