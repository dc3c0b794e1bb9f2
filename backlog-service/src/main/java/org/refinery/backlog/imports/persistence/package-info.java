/**
 * Import jobs, their row results and the external references in PostgreSQL. Row results and
 * references are written as JDBC batches, one round trip per few hundred rows, so that a 50,000-row
 * import spends its time on the items, not on bookkeeping.
 */
package org.refinery.backlog.imports.persistence;
