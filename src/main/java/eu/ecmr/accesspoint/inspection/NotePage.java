package eu.ecmr.accesspoint.inspection;

import java.util.List;

/** One page of search results; {@code hasMore} says whether a next page exists (no total is counted). */
public record NotePage(List<NoteSummary> items, int page, int size, boolean hasMore) {
}
