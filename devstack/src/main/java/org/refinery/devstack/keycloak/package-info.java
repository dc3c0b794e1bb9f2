/**
 * The real Keycloak distribution from Maven Central, unpacked once into the data directory and run
 * with {@code kc.sh start-dev} (its development build made once and kept beside the zip, so that a
 * fresh data directory starts in about 17 s rather than 55-75): an embedded file database, the {@code refinery} realm imported
 * from the JSON this repository keeps (the gateway and Kubernetes reuse it), and a health endpoint
 * on the management port. Also what the devstack needs as a client of that realm: the demo users
 * read from the realm file, and access tokens from the password grant of the public CLI client,
 * which only the local realm allows.
 */
package org.refinery.devstack.keycloak;
