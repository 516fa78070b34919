package eu.ecmr.accesspoint.rendering.layout;

import java.util.List;

/**
 * Boxes side by side. A row that is {@code keepTogether} moves to a new page rather than split,
 * unless it is taller than a page; {@code header} rows are shaded; {@code hazard} rows carry
 * dangerous goods and get a red bar.
 */
record Row(List<Cell> cells, boolean keepTogether, boolean header, boolean hazard) implements Block {

    Row {
        cells = List.copyOf(cells);
    }

    static Row boxes(Cell... cells) {
        return new Row(List.of(cells), false, false, false);
    }
}
