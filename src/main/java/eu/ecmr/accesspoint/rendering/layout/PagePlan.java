package eu.ecmr.accesspoint.rendering.layout;

import java.util.List;

/** What goes on one page, top to bottom. */
record PagePlan(List<Placement> placements) {

    PagePlan {
        placements = List.copyOf(placements);
    }
}
