/** Product members, their history and version, on PostgreSQL. */
package org.refinery.backlog.member.persistence;
