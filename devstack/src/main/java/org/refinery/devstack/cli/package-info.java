/**
 * The {@code ./refinery} command line: {@code up}, {@code status}, {@code logs} and {@code down}.
 * Everything the commands know about a running stack comes from the state file, so they work from
 * any terminal; {@code up} itself is a thin shell around the {@link org.refinery.devstack.Devstack}
 * API that the system tests use too.
 */
package org.refinery.devstack.cli;
