/**
 * Products: the unit that owns one shared, ordered backlog and the teams that refine it. A
 * product delivers either in Sprints (Scaled Scrum) or in Releases (Scaled Kanban); that
 * cadence is what forecasts are expressed in. People see a product when a Keycloak group
 * grants it; portfolio managers and administrators see every product.
 */
package org.refinery.backlog.product;
