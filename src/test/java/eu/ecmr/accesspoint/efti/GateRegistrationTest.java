package eu.ecmr.accesspoint.efti;

import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.audit.AuditQuery;
import eu.ecmr.accesspoint.audit.MerkleTree;
import eu.ecmr.accesspoint.efti.gate.HttpGateClient;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.submission.ConsignmentNoteStore;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every accepted note's identifiers reach the gate, exactly once and in their last state, however
 * long the gate is away, across a restart of the Access Point and with several instances at work.
 */
@QuarkusTest
@TestProfile(WithGate.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class GateRegistrationTest {

    private static final String JOB = "efti-registrations";

    @Inject
    RegistrationOutbox outbox;
    @Inject
    ConsignmentNoteStore notes;
    @Inject
    DataSets dataSets;
    @Inject
    AuditLog audit;
    @Inject
    EftiConfig config;
    @Inject
    Scheduler scheduler;
    @Inject
    StoredRows stored;

    @BeforeEach
    void gateIsUp() {
        GateDouble.up();
    }

    @AfterEach
    void workerRunsAgain() {
        GateDouble.up();
        scheduler.resume(JOB);
    }

    @Test
    void anAcceptedNotesIdentifiersArriveAtTheGate() {
        UUID id = submit();
        await().atMost(Duration.ofSeconds(20)).until(() -> GateDouble.received(id).size() == 1);
        byte[] body = GateDouble.received(id).get(0).getRequest().getBody();
        EftiXml.validIdentifiers(body);
        assertThat(EftiXml.texts(body, "mainCarriageTransportMovement/usedTransportMeans/id")).containsExactly("BX-123-Z");
        assertThat(GateDouble.received(id).get(0).getRequest().getHeader("Content-Type")).startsWith("application/xml");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().auth().oauth2(TestTokens.auditor())
                .when().get("/api/v1/efti/registrations/" + id).then().statusCode(200)
                .body("state", equalTo("DELIVERED")).body("deliveredVersion", equalTo(1))
                .body("deliveredAt", notNullValue()));
        assertThat(stored.count("select count(*) from audit_entry where event_type = 'GATE_EXCHANGE' and note_id = '"
                + id + "' and details like '%delivered%'")).isEqualTo(1);
    }

    @Test
    void theRegistrationIsWrittenWithTheNoteBeforeAnyDelivery() {
        scheduler.pause(JOB);
        UUID id = submit();
        Registration registration = outbox.find(id).orElseThrow();
        assertThat(registration.state()).isEqualTo(Registration.State.PENDING);
        assertThat(registration.version()).isEqualTo(1);
        assertThat(registration.attempts()).isZero();
        assertThat(GateDouble.puts(id)).isEmpty();
    }

    @Test
    void gateDownThenUpAcrossARestartEveryNoteArrivesOnceInItsLastState() throws Exception {
        scheduler.pause(JOB);
        GateDouble.down();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(submit());
        }
        // A state registered again while the gate is away replaces the one waiting.
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(ids.get(0), Clock.systemUTC().instant()));

        DeliverRegistrations before = worker(Clock.systemUTC());
        assertThat(before.deliverDue()).isGreaterThanOrEqualTo(ids.size());
        GateDouble.unreachable();
        assertThat(worker(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1))).deliverDue())
                .isGreaterThanOrEqualTo(ids.size());
        for (UUID id : ids) {
            assertThat(GateDouble.received(id)).isEmpty();
            given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/efti/registrations/" + id).then()
                    .statusCode(200).body("state", equalTo("PENDING")).body("attempts", equalTo(2))
                    .body("lastError", notNullValue());
        }

        // The Access Point restarts: nothing survives but the database; a new worker with a new gate client.
        before = null;
        GateDouble.up();
        DeliverRegistrations after = worker(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
        assertThat(after.deliverDue()).isGreaterThanOrEqualTo(ids.size());
        assertThat(after.deliverDue()).isZero();

        for (UUID id : ids) {
            assertThat(GateDouble.received(id)).hasSize(1);
            byte[] last = dataSets.identifiers(notes.findById(id).orElseThrow());
            assertThat(new String(GateDouble.received(id).get(0).getRequest().getBody(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(last, StandardCharsets.UTF_8));
            assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(Registration.State.DELIVERED);
        }
        assertThat(outbox.find(ids.get(0)).orElseThrow().deliveredVersion()).isEqualTo(2);
    }

    @Test
    void anInstanceThatDiesBeforeItsCommitLeavesTheRegistrationDueAndTheSameStateIsSentAgain() {
        scheduler.pause(JOB);
        worker(Clock.offset(Clock.systemUTC(), Duration.ofHours(2))).deliverDue();
        UUID id = submit();
        // The gate confirms, then the instance dies before it commits: modelled by a history that fails.
        AuditLog dying = new AuditLog() {
            @Override
            public AuditEntry append(AuditEvent event) {
                throw new IllegalStateException("the process is gone");
            }

            @Override
            public AuditEntry appendWith(AuditEvent event,
                    Runnable alongside) {
                throw new IllegalStateException("the process is gone");
            }

            @Override
            public List<AuditEntry> find(AuditQuery query) {
                return audit.find(query);
            }

            @Override
            public long size() {
                return audit.size();
            }

            @Override
            public MerkleTree tree() {
                return audit.tree();
            }
        };
        DeliverRegistrations dies = new DeliverRegistrations(outbox, notes, dataSets, new HttpGateClient(config.gate(), Clock.systemUTC()),
                dying, config, Clock.systemUTC());
        assertThatThrownBy(dies::deliverDue).isInstanceOf(IllegalStateException.class);
        Registration untouched = outbox.find(id).orElseThrow();
        assertThat(untouched.state()).isEqualTo(Registration.State.PENDING);
        assertThat(untouched.attempts()).isZero();

        worker(Clock.systemUTC()).deliverDue();
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(Registration.State.DELIVERED);
        // At least once, never two different states: the PUT is idempotent.
        assertThat(GateDouble.received(id)).hasSize(2);
        assertThat(GateDouble.received(id).get(0).getRequest().getBodyAsString())
                .isEqualTo(GateDouble.received(id).get(1).getRequest().getBodyAsString());
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachRegistrationOnce() throws Exception {
        scheduler.pause(JOB);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(submit());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> instances = List.of(() -> worker(Clock.systemUTC()).deliverDue(),
                    () -> worker(Clock.systemUTC()).deliverDue());
            int attempted = 0;
            for (Future<Integer> f : pool.invokeAll(instances)) {
                attempted += f.get();
            }
            assertThat(attempted).isGreaterThanOrEqualTo(ids.size());
        } finally {
            pool.shutdownNow();
        }
        for (UUID id : ids) {
            assertThat(GateDouble.puts(id)).hasSize(1);
        }
    }

    @Test
    void theScheduledWorkerRetriesUntilTheGateIsBack() {
        GateDouble.down();
        List<UUID> ids = List.of(submit(), submit(), submit());
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> GateDouble.puts(id).size() >= 2));
        GateDouble.up();
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> GateDouble.received(id).size() == 1));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> ids.stream().allMatch(id -> GateDouble.received(id).size() == 1));
        for (UUID id : ids) {
            assertThat(stored.count("select count(*) from audit_entry where event_type = 'GATE_EXCHANGE' and note_id = '"
                    + id + "' and details like '%failed%'")).isGreaterThanOrEqualTo(2);
        }
    }

    private DeliverRegistrations worker(Clock clock) {
        return new DeliverRegistrations(outbox, notes, dataSets, new HttpGateClient(config.gate(), clock), audit, config, clock);
    }

    private static UUID submit() {
        String id = submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document()))
                .statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
