/**
 * Bad input against every documented endpoint of every service: generated from valid requests with
 * exactly one body field, query parameter or path variable made wrong, reproducible from a printed
 * seed, answered only with 4xx problems that name the field by pointer, and never written.
 */
package org.refinery.system.fuzz;
