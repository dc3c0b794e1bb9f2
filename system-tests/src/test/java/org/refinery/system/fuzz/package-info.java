/**
 * Bad input against every documented endpoint: generated from valid bodies with exactly one thing
 * made wrong, reproducible from a printed seed, answered only with 4xx problems and never written.
 */
package org.refinery.system.fuzz;
