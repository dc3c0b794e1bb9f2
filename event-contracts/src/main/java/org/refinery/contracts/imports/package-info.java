/**
 * Events of topic {@code refinery.imports.v1}: what an import of a backlog from another tracker
 * asks of other services, and what they made of it. backlog-service owns the items and the
 * import job; dependency-service owns dependencies. An import's Blocks links therefore travel as
 * {@link org.refinery.contracts.imports.ItemLinksImported} to dependency-service, which applies
 * its own rules to each and answers with {@link org.refinery.contracts.imports.ImportedLinksSettled};
 * backlog-service shows each outcome on the import's row. Both are keyed by the import job, so
 * one job's events stay in order.
 */
package org.refinery.contracts.imports;
