/** Importing a team's past throughput: who may, and replacing the imported history in one transaction. */
package org.refinery.forecast.throughput.application;
