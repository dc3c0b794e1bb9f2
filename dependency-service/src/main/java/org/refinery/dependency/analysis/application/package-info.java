/** Loading a product's items and open dependencies in one read-only transaction, then analysing them. */
package org.refinery.dependency.analysis.application;
