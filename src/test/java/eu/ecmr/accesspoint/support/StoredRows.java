package eu.ecmr.accesspoint.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Counts what the Access Point stored, straight from PostgreSQL, to prove a refusal stored nothing. */
@ApplicationScoped
public class StoredRows {

    private final DataSource dataSource;

    StoredRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long notes() {
        return count("select count(*) from consignment_note");
    }

    /** Access-log entries written for one request, by its X-Request-ID. */
    public long auditEntriesFor(String requestId) {
        return count("select count(*) from audit_entry where request_id = '" + requestId.replace("'", "") + "'");
    }

    public long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs SQL as the database owner, as an intruder or a failing disk would act on the data. */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
