/** Daily alignment snapshots in the service's own PostgreSQL database, one row per product and day. */
package org.refinery.alignment.summary.persistence;
