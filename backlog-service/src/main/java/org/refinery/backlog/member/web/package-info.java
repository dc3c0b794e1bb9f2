/**
 * The REST edge of a product's people ({@code /api/backlog/products/{key}/members}) and of the
 * caller's own access ({@code /api/backlog/me/access}).
 */
package org.refinery.backlog.member.web;
