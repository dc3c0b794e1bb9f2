/**
 * A team's past throughput: who sees a team (its product's readers and its members; to anyone
 * else it does not exist), reading its history, and importing it: who may, and replacing the
 * imported history in one transaction.
 */
package org.refinery.forecast.throughput.application;
