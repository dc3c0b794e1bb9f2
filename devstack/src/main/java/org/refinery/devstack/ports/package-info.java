/**
 * Every port the devstack listens on, its default (the one in DESIGN and in the services'
 * application.yml) and the command-line setting that changes it. Ports are checked before
 * anything starts, so a taken port fails in a second with the setting to change rather than
 * minutes later in some child's log.
 */
package org.refinery.devstack.ports;
