package eu.ecmr.accesspoint.rendering.layout;

/**
 * The part of a row drawn on one page: lines {@code from[i]} to {@code to[i]} of cell i, in a band
 * {@code height} points tall whose top edge is at {@code top}.
 */
record Placement(Row row, int[] from, int[] to, float top, float height) {
}
