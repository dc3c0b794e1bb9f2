/** Sessions, their participants and outcomes in the service's PostgreSQL database. */
package org.refinery.backlog.session.persistence;
