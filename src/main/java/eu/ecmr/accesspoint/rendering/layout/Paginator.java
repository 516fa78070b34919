package eu.ecmr.accesspoint.rendering.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Flows the form's rows onto pages before anything is drawn, so that "page n of m" is known and a
 * note that would need more than the allowed pages is refused having cost only its layout.
 */
final class Paginator {

    /** Below this, a splittable row starts on the next page instead of leaving a sliver here. */
    private static final float MIN_SPLIT = 40f;

    private final int maxPages;
    private final List<PagePlan> pages = new ArrayList<>();
    private List<Placement> current = new ArrayList<>();
    private float y = Sheet.TOP;
    private Row repeatedHeader;

    private Paginator(int maxPages) {
        this.maxPages = maxPages;
    }

    static List<PagePlan> paginate(List<Block> blocks, int maxPages) {
        Paginator paginator = new Paginator(maxPages);
        for (Block block : blocks) {
            if (block instanceof Table table) {
                paginator.place(table.header());
                paginator.repeatedHeader = table.header();
                for (int i = 0; i < table.rowCount(); i++) {
                    paginator.place(table.row().apply(i));
                }
                paginator.repeatedHeader = null;
            } else {
                paginator.place((Row) block);
            }
        }
        paginator.pages.add(new PagePlan(paginator.current));
        return paginator.pages;
    }

    private void place(Row row) {
        int cells = row.cells().size();
        int[] from = new int[cells];
        int[] end = new int[cells];
        for (int i = 0; i < cells; i++) {
            end[i] = row.cells().get(i).lines().size();
        }
        while (true) {
            float whole = height(row, from, end);
            float room = y - Sheet.BOTTOM;
            if (whole <= room) {
                add(row, from, end, whole);
                return;
            }
            boolean fresh = current.isEmpty() || current.size() == 1 && current.get(0).row() == repeatedHeader;
            boolean fitsOnePage = whole <= Sheet.TOP - Sheet.BOTTOM - headerHeight();
            if (!fresh && (row.keepTogether() && fitsOnePage || room < MIN_SPLIT)) {
                newPage();
                continue;
            }
            int[] to = fitting(row, from, room);
            if (Arrays.equals(to, from)) {
                newPage();
                continue;
            }
            add(row, from, to, room);
            from = to;
            newPage();
        }
    }

    /** For each cell, the lines from {@code from} that fit in {@code room} points. */
    private static int[] fitting(Row row, int[] from, float room) {
        int[] to = from.clone();
        for (int i = 0; i < to.length; i++) {
            Cell cell = row.cells().get(i);
            while (to[i] < cell.lines().size()
                    && cell.height(from[i], to[i] + 1, cell.repeatsHeader(from[i])) <= room) {
                to[i]++;
            }
            // Never leave a box's header alone at the bottom of a page.
            if (to[i] > from[i] && to[i] <= cell.headerLines() && to[i] < cell.lines().size()) {
                to[i] = from[i];
            }
        }
        return to;
    }

    private static float height(Row row, int[] from, int[] to) {
        float height = 0;
        for (int i = 0; i < from.length; i++) {
            Cell cell = row.cells().get(i);
            float cellHeight = cell.height(from[i], to[i], cell.repeatsHeader(from[i]));
            if (from[i] == 0) {
                cellHeight = Math.max(cellHeight, cell.minHeight());
            }
            height = Math.max(height, cellHeight);
        }
        return height;
    }

    private void add(Row row, int[] from, int[] to, float height) {
        current.add(new Placement(row, from.clone(), to.clone(), y, height));
        y -= height;
    }

    private float headerHeight() {
        if (repeatedHeader == null) {
            return 0;
        }
        int[] from = new int[repeatedHeader.cells().size()];
        int[] to = repeatedHeader.cells().stream().mapToInt(c -> c.lines().size()).toArray();
        return height(repeatedHeader, from, to);
    }

    private void newPage() {
        pages.add(new PagePlan(current));
        if (pages.size() >= maxPages) {
            throw AccessPointException.of(ProblemKind.PDF_TOO_LARGE,
                    "The PDF copy of this note would need more than " + maxPages + " pages");
        }
        current = new ArrayList<>();
        y = Sheet.TOP;
        if (repeatedHeader != null) {
            int[] from = new int[repeatedHeader.cells().size()];
            int[] to = repeatedHeader.cells().stream().mapToInt(c -> c.lines().size()).toArray();
            add(repeatedHeader, from, to, height(repeatedHeader, from, to));
        }
    }
}
