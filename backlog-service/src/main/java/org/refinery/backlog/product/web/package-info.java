/** The REST edge of products: translates HTTP to the product port and back. */
package org.refinery.backlog.product.web;
