/**
 * Child processes and their lifecycle. The devstack is only trustworthy if it never leaves a
 * process behind, so every process it starts goes through one {@link org.refinery.devstack.process.Supervisor}
 * that records it (and, through {@link java.lang.ProcessHandle}, its descendants), refuses new
 * starts once a stop has begun, and stops children with SIGTERM before anything harsher. Each
 * child runs in its own session, so a Ctrl-C in the terminal reaches only the launcher, which
 * then stops the children in order. A child that exits although nobody stopped it is a crash:
 * {@link org.refinery.devstack.process.CrashRecovery} starts the services and the gateway again
 * with back-off; a stop or kill through the supervisor holds a child down on purpose instead.
 */
package org.refinery.devstack.process;
