/**
 * The Kafka edge of the event contracts, shared by every service as the Keycloak adapter is.
 * Services publish contract events inside their transactions; Spring Modulith's event
 * publication registry (the outbox) stores them with the data, and this auto-configuration
 * externalizes every {@code RefineryEvent} after commit to the topic the catalog names, keyed
 * by aggregate id, through the CloudEvents serializer — never through a generic JSON converter
 * that would put Java class names on the wire.
 */
package org.refinery.kafka;
