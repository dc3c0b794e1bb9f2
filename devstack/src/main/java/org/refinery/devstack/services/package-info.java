/**
 * The four services and the gateway, each started as its own JVM from the jar its module builds,
 * exactly as it would run anywhere else: configuration arrives as command-line properties
 * (port, database, broker, issuer), nothing is patched into the jars. Each gets a modest heap so
 * the whole platform fits a laptop.
 */
package org.refinery.devstack.services;
