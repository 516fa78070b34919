package eu.ecmr.accesspoint.efti;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The Access Point with a gate configured: the WireMock gate double. Other tests run without one. */
public class WithGate implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(GateDouble.class));
    }
}
