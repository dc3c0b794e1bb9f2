/**
 * Linking and unlinking in one transaction each, with the domain event, so the outbox
 * announces exactly the links that were stored.
 */
package org.refinery.alignment.link.application;
