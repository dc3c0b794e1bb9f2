/** Session use cases, each one transaction with its outbox event. */
package org.refinery.backlog.session.application;
