/**
 * Faults survived and nothing lost: services killed with SIGKILL in the middle of writes, the
 * broker away for half a minute, poison on every consumed topic, one service down, a service
 * crashed from outside and restarted by the devstack, and concurrent edits. The proofs read each service's own database and the topics, because only there can one
 * see that every acknowledged write is stored and every read model converged.
 */
package org.refinery.system.fault;
