/**
 * The architecture every Refinery service keeps, as ArchUnit rules its tests check. A feature
 * package's root holds the domain and must stay free of frameworks so the rules of refinement
 * can be read and tested alone; only the {@code messaging} adapters speak the wire format of
 * {@code event-contracts}, so a change of the wire touches one place per feature.
 */
package org.refinery.test.architecture;
