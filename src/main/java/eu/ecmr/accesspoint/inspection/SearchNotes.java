package eu.ecmr.accesspoint.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.audit.AccessLog;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;

/**
 * Searches notes for a caller: a carrier within its own notes, an authority across all of them,
 * every authority search logged with its query and the notes it returned.
 */
@ApplicationScoped
public class SearchNotes {

    private final NoteSearch search;
    private final AccessLog accessLog;

    SearchNotes(NoteSearch search, AccessLog accessLog) {
        this.search = search;
        this.accessLog = accessLog;
    }

    public NotePage search(Caller caller, NoteQuery query, RequestPurpose purpose) {
        if (!caller.isAuthority()) {
            return searchOwnNotes(caller, query);
        }
        return searchAll(caller, query, purpose);
    }

    /** A carrier's search never reaches beyond its own notes; asking for another carrier's finds nothing. */
    private NotePage searchOwnNotes(Caller caller, NoteQuery query) {
        String own = caller.carrierId().orElse(null);
        if (own == null || query.carrierId().filter(other -> !other.equals(own)).isPresent()) {
            return new NotePage(List.of(), query.page(), query.size(), false);
        }
        return page(query.onlyOf(own));
    }

    private NotePage searchAll(Caller caller, NoteQuery query, RequestPurpose purpose) {
        NotePage page = page(query);
        accessLog.authorityAccess(AuditEventType.SEARCH, caller, purpose, null, details(query, page.items()));
        return page;
    }

    private NotePage page(NoteQuery query) {
        List<NoteSummary> found = search.find(query, query.page() * query.size(), query.size() + 1);
        boolean hasMore = found.size() > query.size();
        List<NoteSummary> items = hasMore ? found.subList(0, query.size()) : found;
        return new NotePage(List.copyOf(items), query.page(), query.size(), hasMore);
    }

    private static Map<String, Object> details(NoteQuery q, List<NoteSummary> items) {
        Map<String, Object> d = new LinkedHashMap<>();
        q.ecmrNumber().ifPresent(v -> d.put("ecmrNumber", v));
        q.vehicle().ifPresent(v -> d.put("vehicle", v));
        q.carrierId().ifPresent(v -> d.put("carrierId", v));
        q.from().ifPresent(v -> d.put("from", v.toString()));
        q.to().ifPresent(v -> d.put("to", v.toString()));
        d.put("timeField", q.timeField().name());
        d.put("page", q.page());
        d.put("size", q.size());
        d.put("results", items.stream().map(s -> s.id().toString()).toList());
        return d;
    }
}
