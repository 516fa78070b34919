package eu.ecmr.accesspoint.timestamp;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.timestamp.TimestampConfig.Authority;

class TimestampAuthorityProducerTest {

    @Test
    void picksTheBuiltInTsa() {
        assertInstanceOf(BuiltInTimestampAuthority.class,
                TimestampAuthorityProducer.create(settings(Authority.BUILT_IN, null), TestPki.fixedClock()));
    }

    @Test
    void picksTheHttpTsa() {
        assertInstanceOf(Rfc3161HttpTimestampAuthority.class, TimestampAuthorityProducer.create(
                settings(Authority.HTTP, URI.create("http://127.0.0.1:1/tsa")), TestPki.fixedClock()));
    }

    @Test
    void refusesHttpWithoutAUrl() {
        var refusal = assertThrows(IllegalStateException.class,
                () -> TimestampAuthorityProducer.create(settings(Authority.HTTP, null), TestPki.fixedClock()));
        assertTrue(refusal.getMessage().contains("ecmr.timestamp.http.url"), refusal.getMessage());
    }

    private static TimestampConfig settings(Authority authority, URI url) {
        return new TestConfigs.Settings(authority, List.of(TestPki.ROOT_CA), TestConfigs.BuiltInSettings.sample(),
                TestConfigs.HttpSettings.to(url));
    }
}
