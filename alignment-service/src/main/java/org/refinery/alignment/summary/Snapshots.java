package org.refinery.alignment.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The stored daily snapshots. */
public interface Snapshots {

	/** Stores the snapshot, replacing one of the same product and day. */
	void put(Snapshot snapshot);

	/** The snapshots of these products ({@code null}: every product) since {@code from}, oldest first. */
	List<Snapshot> since(LocalDate from, Set<String> productKeys);

	/** Forgets snapshots older than {@code oldest}; says how many. */
	int deleteBefore(LocalDate oldest);

}
