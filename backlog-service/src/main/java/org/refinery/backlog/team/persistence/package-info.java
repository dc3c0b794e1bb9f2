/** Teams in the service's PostgreSQL database. */
package org.refinery.backlog.team.persistence;
