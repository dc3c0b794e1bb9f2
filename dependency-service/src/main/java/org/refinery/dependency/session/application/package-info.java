/** Applying session events to the read model in one transaction each. */
package org.refinery.dependency.session.application;
