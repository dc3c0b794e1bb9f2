/**
 * The forecast's local copy of the backlog: products with their cadence, teams with their work
 * mode, items in rank order and the BLOCKS dependencies between them, kept from backlog-service
 * and dependency-service events so a forecast never calls another service. Items reaching DONE
 * make each team's observed throughput, recomputed from the items so that duplicates count once.
 */
package org.refinery.forecast.backlog;
