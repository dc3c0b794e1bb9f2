package org.refinery.forecast.simulation;

import java.util.List;

/**
 * The engine's own numbering of the items ("slots"), so that a trial and the tally read memory
 * in order rather than jumping across the whole rank order: first each team's open leaves in
 * rank order, team after team (so a team's work is one run of slots), then the other items a
 * trial may finish, then the items done from the start, which no trial changes. Also the state
 * every trial starts from: done items, and epics whose children all are, finished in period 0.
 */
final class Slots {

	/** A team without open leaves, or the end of a team's open leaves. */
	static final int END = -1;

	/** What a finish holds for an item not finished within the horizon: {@code horizon + 1}. */
	final short notWithin;

	final int count;

	/** Slots below this are open leaves of teams: team t's run from teamStart[t] up to teamStart[t + 1]. */
	final int queued;

	/** Slots from here on are done from the start in every trial, so the tally need not count them per trial. */
	final int moving;

	final int[] teamStart;

	final int[] itemAt;

	final int[] slotOf;

	/** Per slot: its parent's slot, or -1. */
	final int[] parent;

	/** Per slot: the period it has finished in when a trial starts (0 or {@link #notWithin}). */
	final short[] startFinish;

	/** Per slot: its children not finished when a trial starts. */
	final int[] startPending;

	/** How many open items (epics of done children) are finished when a trial starts. */
	final int openDoneAtStart;

	/** Per queued slot: its size and the next open leaf of its team ({@link #END} for none); per team: its first. */
	final double[] size;

	final int[] startNext;

	final int[] startFirst;

	/**
	 * Per queued slot: the slot of its first prerequisite and the dependency to blame, or
	 * {@link #count} (a slot always finished in period 0) and a dependency past the real ones, so
	 * that checking the first prerequisite never has to ask whether there is one.
	 */
	final int[] firstWait;

	final int[] firstWaitDependency;

	/** Per queued slot s: its further prerequisites waitFor[waitStart[s]] up to waitStart[s + 1], each blamed on waitDependency. */
	final int[] waitStart;

	final int[] waitFor;

	final int[] waitDependency;

	Slots(List<SimItem> items, int teams, int horizon, int[] parentOfItem, int[][] blockers,
			int[][] blockerDependency, int dependencies) {
		this.count = items.size();
		this.notWithin = (short) (horizon + 1);
		short[] finishOfItem = new short[count];
		int[] pendingOfItem = childCounts(parentOfItem);
		boolean[] leaf = leaves(pendingOfItem);
		settleDone(items, parentOfItem, finishOfItem, pendingOfItem);
		this.teamStart = new int[teams + 1];
		this.itemAt = order(items, leaf, finishOfItem);
		this.queued = teamStart[teams];
		this.moving = movingEnd(finishOfItem);
		this.slotOf = inverse(itemAt);
		this.parent = new int[count];
		this.startFinish = new short[count];
		this.startPending = new int[count];
		this.openDoneAtStart = startState(items, parentOfItem, finishOfItem, pendingOfItem);
		this.size = new double[queued];
		this.startNext = new int[queued];
		this.startFirst = new int[teams];
		queues(items);
		this.firstWait = new int[queued];
		this.firstWaitDependency = new int[queued];
		this.waitStart = new int[queued + 1];
		int[][] waits = waits(blockers, blockerDependency, dependencies);
		this.waitFor = waits[0];
		this.waitDependency = waits[1];
	}

	private static int[] inverse(int[] itemAt) {
		int[] slotOf = new int[itemAt.length];
		for (int slot = 0; slot < itemAt.length; slot++) {
			slotOf[itemAt[slot]] = slot;
		}
		return slotOf;
	}

	private static int[] childCounts(int[] parentOfItem) {
		int[] children = new int[parentOfItem.length];
		for (int parent : parentOfItem) {
			if (parent >= 0) {
				children[parent]++;
			}
		}
		return children;
	}

	/** An item with children is an epic or feature: it finishes with them and is never worked itself. */
	private static boolean[] leaves(int[] children) {
		boolean[] leaf = new boolean[children.length];
		for (int i = 0; i < children.length; i++) {
			leaf[i] = children[i] == 0;
		}
		return leaf;
	}

	/**
	 * Done items finish in period 0, and so does an open epic once its last child is done; one
	 * finished already stays so, which also ends the walk up a (malformed) cycle of parents.
	 */
	private void settleDone(List<SimItem> items, int[] parentOfItem, short[] finish, int[] pending) {
		for (int i = 0; i < count; i++) {
			finish[i] = items.get(i).done() ? 0 : notWithin;
		}
		for (int i = 0; i < count; i++) {
			if (!items.get(i).done()) {
				continue;
			}
			for (int p = parentOfItem[i]; p >= 0 && finish[p] == notWithin && --pending[p] == 0; p = parentOfItem[p]) {
				finish[p] = 0;
			}
		}
	}

	/** Teams' open leaves team by team in rank order, then the items that may finish, then the finished. */
	private int[] order(List<SimItem> items, boolean[] leaf, short[] finish) {
		int teams = teamStart.length - 1;
		int[] order = new int[count];
		for (int i = 0; i < count; i++) {
			if (queued(items.get(i), leaf[i], teams)) {
				teamStart[items.get(i).team() + 1]++;
			}
		}
		for (int t = 0; t < teams; t++) {
			teamStart[t + 1] += teamStart[t];
		}
		int[] next = teamStart.clone();
		for (int i = 0; i < count; i++) {
			if (queued(items.get(i), leaf[i], teams)) {
				order[next[items.get(i).team()]++] = i;
			}
		}
		int slot = teamStart[teams];
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < count; i++) {
				if (!queued(items.get(i), leaf[i], teams) && (finish[i] == 0) == (pass == 1)) {
					order[slot++] = i;
				}
			}
		}
		return order;
	}

	/** Only an open leaf of one of the scenario's teams is ever worked; an unassigned one waits forever. */
	private static boolean queued(SimItem item, boolean leaf, int teams) {
		return leaf && !item.done() && item.team() >= 0 && item.team() < teams;
	}

	private int movingEnd(short[] finishOfItem) {
		int slot = queued;
		while (slot < count && finishOfItem[itemAt[slot]] != 0) {
			slot++;
		}
		return slot;
	}

	private int startState(List<SimItem> items, int[] parentOfItem, short[] finishOfItem, int[] pendingOfItem) {
		int openDone = 0;
		for (int slot = 0; slot < count; slot++) {
			int item = itemAt[slot];
			parent[slot] = parentOfItem[item] < 0 ? -1 : slotOf[parentOfItem[item]];
			startFinish[slot] = finishOfItem[item];
			startPending[slot] = pendingOfItem[item];
			if (finishOfItem[item] == 0 && !items.get(item).done()) {
				openDone++;
			}
		}
		return openDone;
	}

	private void queues(List<SimItem> items) {
		for (int t = 0; t < startFirst.length; t++) {
			int start = teamStart[t];
			int end = teamStart[t + 1];
			startFirst[t] = start < end ? start : END;
			for (int slot = start; slot < end; slot++) {
				startNext[slot] = slot + 1 < end ? slot + 1 : END;
				size[slot] = items.get(itemAt[slot]).size();
			}
		}
	}

	/** The queued slots' prerequisites as slots, with the dependency each wait comes from. */
	private int[][] waits(int[][] blockers, int[][] blockerDependency, int dependencies) {
		for (int slot = 0; slot < queued; slot++) {
			int[] prerequisites = blockers[itemAt[slot]];
			firstWait[slot] = prerequisites.length == 0 ? count : slotOf[prerequisites[0]];
			firstWaitDependency[slot] = prerequisites.length == 0 ? dependencies : blockerDependency[itemAt[slot]][0];
			waitStart[slot + 1] = waitStart[slot] + Math.max(0, prerequisites.length - 1);
		}
		int[] waitFor = new int[waitStart[queued]];
		int[] dependency = new int[waitFor.length];
		for (int slot = 0; slot < queued; slot++) {
			int item = itemAt[slot];
			for (int k = 1; k < blockers[item].length; k++) {
				waitFor[waitStart[slot] + k - 1] = slotOf[blockers[item][k]];
				dependency[waitStart[slot] + k - 1] = blockerDependency[item][k];
			}
		}
		return new int[][] { waitFor, dependency };
	}

}
