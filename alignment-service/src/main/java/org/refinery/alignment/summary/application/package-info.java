/** Assembles the inputs of the alignment calculation from the read model, goals and links, in one read-only transaction. */
package org.refinery.alignment.summary.application;
