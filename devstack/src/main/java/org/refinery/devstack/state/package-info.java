/**
 * The state file {@code .devstack/state.json}: which launcher runs the stack and the URL, PID,
 * health check and log of each component. It is how {@code status}, {@code logs} and
 * {@code down} work from another terminal, and how a new {@code up} finds processes that a
 * killed launcher left behind.
 */
package org.refinery.devstack.state;
