/**
 * The refinement-health score of a product over HTTP, and of every product the caller may see a
 * page at a time for the portfolio, with the products' visibility rules.
 */
package org.refinery.backlog.health.web;
