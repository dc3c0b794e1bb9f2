/** The backlog read model in the service's own PostgreSQL database, upserted by version through JdbcClient. */
package org.refinery.forecast.backlog.persistence;
