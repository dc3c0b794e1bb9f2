/**
 * Taking a product's backlog out of Refinery: as CSV for spreadsheets and as versioned JSON
 * ({@code refinery-backlog}, version 1) complete enough to be imported again into an equal
 * backlog. An export is streamed from a database cursor to the response, so a product of
 * 200,000 items costs the service a few hundred rows of memory, not the whole backlog; and it is
 * admitted only while the caller and the service hold fewer exports than allowed, so a burst of
 * exports cannot take every database connection from ordinary requests. Formats and columns are
 * documented in {@code docs/integrations.md}.
 */
package org.refinery.backlog.export;
