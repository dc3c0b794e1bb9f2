/** Session changes on the wire, inside the transaction that made them. */
package org.refinery.backlog.session.messaging;
