/** The refinement-health score of a product over HTTP, with the product's visibility rules. */
package org.refinery.backlog.health.web;
