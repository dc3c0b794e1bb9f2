/**
 * The REST edge of estimation rounds; what an unrevealed round may show is decided by
 * {@code RoundView}, per caller, so no endpoint can leak another person's value.
 */
package org.refinery.backlog.session.estimation.web;
