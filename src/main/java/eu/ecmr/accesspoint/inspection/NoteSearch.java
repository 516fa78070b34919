package eu.ecmr.accesspoint.inspection;

import java.util.List;

/** Finds notes by the keys inspectors use; newest received first. */
public interface NoteSearch {

    /** At most {@code limit} summaries from {@code offset} on. */
    List<NoteSummary> find(NoteQuery query, int offset, int limit);
}
