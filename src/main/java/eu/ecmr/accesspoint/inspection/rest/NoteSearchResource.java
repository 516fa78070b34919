package eu.ecmr.accesspoint.inspection.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.common.rest.QueryParams;
import eu.ecmr.accesspoint.common.rest.RequestPurposes;
import eu.ecmr.accesspoint.inspection.NotePage;
import eu.ecmr.accesspoint.inspection.NoteQuery;
import eu.ecmr.accesspoint.inspection.SearchNotes;
import eu.ecmr.accesspoint.security.CallerResolver;
import eu.ecmr.accesspoint.security.Roles;
import eu.ecmr.accesspoint.submission.rest.ConsignmentNoteResource;
import io.quarkus.security.Authenticated;

/** Finding notes by e-CMR number, vehicle, carrier and time: the inspector's first question. */
@Path(ConsignmentNoteResource.PATH)
@Authenticated
public class NoteSearchResource {

    static final int MAX_PAGE_SIZE = 100;

    private final SearchNotes search;
    private final CallerResolver callers;
    private final RequestPurposes purposes;

    NoteSearchResource(SearchNotes search, CallerResolver callers, RequestPurposes purposes) {
        this.search = search;
        this.callers = callers;
        this.purposes = purposes;
    }

    @GET
    @RolesAllowed({ Roles.CARRIER, Roles.INSPECTOR, Roles.AUDITOR })
    @Produces(MediaType.APPLICATION_JSON)
    public NotePage search(@QueryParam("ecmrNumber") String ecmrNumber, @QueryParam("vehicle") String vehicle,
            @QueryParam("carrierId") String carrierId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("timeField") @DefaultValue("received") String timeField,
            @QueryParam("page") @DefaultValue("0") String pageParam,
            @QueryParam("size") @DefaultValue("20") String sizeParam) {
        int page = QueryParams.integer("page", pageParam, 0, 10_000);
        int size = QueryParams.integer("size", sizeParam, 1, MAX_PAGE_SIZE);
        NoteQuery query = new NoteQuery(text(ecmrNumber), text(vehicle), text(carrierId), time("from", from),
                time("to", to), timeField(timeField), page, size);
        return search.search(callers.current(), query, purposes.current());
    }

    private static Optional<String> text(String value) {
        if (value != null && value.length() > 64) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, "search values are at most 64 characters");
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** An RFC 3339 date-time, or a date meaning its start (UTC). */
    private static Optional<Instant> time(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER,
                    name + " must be a date (2026-11-28) or an RFC 3339 UTC date-time (2026-11-28T08:00:00Z)");
        }
    }

    private static NoteQuery.TimeField timeField(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "received" -> NoteQuery.TimeField.RECEIVED;
            case "takingover", "taking-over" -> NoteQuery.TimeField.TAKING_OVER;
            default -> throw AccessPointException.of(ProblemKind.INVALID_PARAMETER,
                    "timeField must be received or takingOver");
        };
    }
}
