/**
 * Health figures read with aggregate SQL over the backlog's own tables: one product's with a query
 * per figure, many products' with the same queries grouped by product.
 */
package org.refinery.backlog.health.persistence;
