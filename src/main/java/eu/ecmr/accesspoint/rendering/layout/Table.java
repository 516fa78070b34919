package eu.ecmr.accesspoint.rendering.layout;

import java.util.function.IntFunction;

/**
 * A table whose header row is repeated at the top of every page it continues on. Rows are laid out
 * only when the paginator reaches them, so a table too long for the page limit costs no more than
 * the pages it was allowed.
 */
record Table(Row header, int rowCount, IntFunction<Row> row) implements Block {
}
