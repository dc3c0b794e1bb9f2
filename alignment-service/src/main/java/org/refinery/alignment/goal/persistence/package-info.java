/** Goals in the service's own PostgreSQL database, through plain SQL on JdbcClient. */
package org.refinery.alignment.goal.persistence;
