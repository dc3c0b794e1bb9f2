package org.refinery.forecast.forecast;

/** How much each open item is likely to grow by splitting: between {@code low} and {@code high} times. */
public record SplitRate(double low, double high) {
}
