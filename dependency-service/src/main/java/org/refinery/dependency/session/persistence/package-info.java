/** The session read model in PostgreSQL. */
package org.refinery.dependency.session.persistence;
