package eu.ecmr.accesspoint.submission.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.inspection.NoteQuery;
import eu.ecmr.accesspoint.inspection.NoteSearch;
import eu.ecmr.accesspoint.inspection.NoteSummary;

/** Search over {@code consignment_note}, on the indexes of V3; never loads the original bytes. */
@ApplicationScoped
class PanacheNoteSearch implements NoteSearch {

    @Override
    public List<NoteSummary> find(NoteQuery q, int offset, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        q.ecmrNumber().ifPresent(v -> { where.append(" and ecmrNumber = :number"); params.put("number", v); });
        q.vehicle().ifPresent(v -> {
            where.append(" and vehicleKey = :vehicle");
            params.put("vehicle", StoredNote.vehicleKeyOf(v));
        });
        q.carrierId().ifPresent(v -> { where.append(" and carrierId = :carrier"); params.put("carrier", v); });
        boolean byTakingOver = q.timeField() == NoteQuery.TimeField.TAKING_OVER;
        q.from().ifPresent(v -> {
            where.append(byTakingOver ? " and takingOverDate >= :from" : " and receivedAt >= :from");
            params.put("from", byTakingOver ? LocalDate.ofInstant(v, ZoneOffset.UTC) : v);
        });
        q.to().ifPresent(v -> {
            where.append(byTakingOver ? " and takingOverDate <= :to" : " and receivedAt < :to");
            params.put("to", byTakingOver ? LocalDate.ofInstant(v, ZoneOffset.UTC) : v);
        });
        String jpql = "select new " + NoteSummary.class.getName()
                + "(id, ecmrNumber, carrierId, vehicleRegistration, takingOverDate, receivedAt) from NoteEntity where "
                + where + " order by receivedAt desc, id desc";
        var query = NoteEntity.getEntityManager().createQuery(jpql, NoteSummary.class)
                .setFirstResult(offset).setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
