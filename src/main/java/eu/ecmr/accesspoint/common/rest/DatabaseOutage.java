package eu.ecmr.accesspoint.common.rest;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure caused by the database being out of reach (restarting, shut down, the
 * connection lost), whatever wraps it (Hibernate, the transaction manager, the pool): it passes,
 * so the request is answered 503 with {@code Retry-After}, never 500.
 */
final class DatabaseOutage {

    /** PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now (PostgreSQL appendix A). */
    private static final Set<String> OPERATOR_INTERVENTION = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    static boolean causes(Throwable failure) {
        return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Causes and suppressed exceptions: a failed commit carries the driver's exception as suppressed. */
    private static boolean causes(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null
                // SQLSTATE class 08: connection exception (ISO/IEC 9075-2 s.24.1)
                && (sql.getSQLState().startsWith("08") || OPERATOR_INTERVENTION.contains(sql.getSQLState()))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causes(suppressed, seen)) {
                return true;
            }
        }
        return causes(t.getCause(), seen);
    }
}
