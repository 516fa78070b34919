package eu.ecmr.accesspoint.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseOutageTest {

    @Test
    void recognisesADatabaseStartingUpBehindHibernate() {
        SQLException startingUp = new SQLException("FATAL: the database system is starting up", "57P03");

        assertThat(DatabaseOutage.causes(new GenericJDBCException("Unable to acquire JDBC Connection", startingUp)))
                .isTrue();
    }

    @Test
    void recognisesALostConnectionDeepInACauseChain() {
        PSQLException lost = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);

        assertThat(DatabaseOutage.causes(new IllegalStateException(new RuntimeException(lost)))).isTrue();
    }

    @Test
    void recognisesAConnectionLostDuringTheCommit() {
        // Narayana's RollbackException carries the driver's failure as a suppressed exception, not as its cause.
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException("Error trying to transactionCommit local transaction",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));

        assertThat(DatabaseOutage.causes(new RuntimeException(rollback))).isTrue();
    }

    @Test
    void leavesOtherDatabaseErrorsAlone() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(DatabaseOutage.causes(new GenericJDBCException("insert failed", duplicate))).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
