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
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from consignment_note")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
