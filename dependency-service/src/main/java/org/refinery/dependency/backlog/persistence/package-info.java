/** The item read model in the service's own PostgreSQL database, through plain SQL on JdbcClient. */
package org.refinery.dependency.backlog.persistence;
