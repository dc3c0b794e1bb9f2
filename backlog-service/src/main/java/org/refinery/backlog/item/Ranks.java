package org.refinery.backlog.item;

/**
 * Lexicographic ranks in base 36 ({@code 0-9a-z}): between any two ranks there is always
 * another, so moving an item rewrites only that item. A rank never ends in {@code 0}, which
 * keeps room below it. Repeated moves into the same gap lengthen ranks by about one character
 * per five moves; {@link #MAX_LENGTH} tells when a product's order should be respaced.
 */
public final class Ranks {

	public static final int MAX_LENGTH = 64;

	private static final int APPEND_DIGITS = 4;

	private static final int BASE = 36;

	private Ranks() {
	}

	/** A rank strictly after {@code low} and strictly before {@code high}; null means unbounded. */
	public static String between(String low, String high) {
		String lo = low == null ? "" : low;
		if (high != null && lo.compareTo(high) >= 0) {
			throw new IllegalArgumentException("No rank between " + low + " and " + high);
		}
		StringBuilder rank = new StringBuilder();
		String hi = high;
		for (int i = 0;; i++) {
			int l = i < lo.length() ? digit(lo.charAt(i)) : 0;
			int h = hi != null && i < hi.length() ? digit(hi.charAt(i)) : BASE;
			if (l == h) {
				rank.append(symbol(l));
				continue;
			}
			int mid = (l + h) / 2;
			if (mid > l) {
				return rank.append(symbol(mid)).toString();
			}
			rank.append(symbol(l));
			hi = null;
		}
	}

	/**
	 * A rank after {@code low} for appending at the end of a product. Appending by midpoints
	 * would lengthen ranks by a character every few items; counting up in the fourth digit keeps
	 * them at four characters for the first hundreds of thousands of appends.
	 */
	public static String after(String low) {
		if (low == null) {
			return between(null, null);
		}
		char[] head = (low + "0000").substring(0, APPEND_DIGITS).toCharArray();
		for (int i = APPEND_DIGITS - 1; i >= 0; i--) {
			int digit = digit(head[i]);
			if (digit < BASE - 1) {
				head[i] = symbol(digit + 1);
				return new String(head, 0, i + 1);
			}
			head[i] = '0';
		}
		return between(low, null);
	}

	/** {@code count} evenly spaced ranks for respacing a whole product order. */
	public static String[] spaced(int count) {
		int width = 1;
		long capacity = BASE - 1;
		while (capacity < count + 1L) {
			width++;
			capacity = capacity * BASE;
		}
		String[] ranks = new String[count];
		double step = (double) capacity / (count + 1);
		for (int i = 0; i < count; i++) {
			ranks[i] = encode((long) Math.floor(step * (i + 1)), width);
		}
		return ranks;
	}

	private static String encode(long value, int width) {
		char[] digits = new char[width];
		long rest = value;
		for (int i = width - 1; i >= 0; i--) {
			digits[i] = symbol((int) (rest % BASE));
			rest /= BASE;
		}
		String rank = new String(digits).replaceAll("0+$", "");
		return rank.isEmpty() ? "1" : rank;
	}

	private static int digit(char symbol) {
		return Character.digit(symbol, BASE);
	}

	private static char symbol(int digit) {
		return Character.forDigit(digit, BASE);
	}

}
