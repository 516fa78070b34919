package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import eu.ecmr.accesspoint.rendering.seal.SealConfig;

/** The defaults the Javadoc of the configuration promises, read through SmallRye Config as Quarkus does. */
class RenderingConfigTest {

    private static final SmallRyeConfig CONFIG = new SmallRyeConfigBuilder()
            .withMapping(RenderingConfig.class).withMapping(SealConfig.class).build();

    @Test
    void renderingDefaultsNameTheAccessPointAndAllowFiveHundredPages() {
        RenderingConfig rendering = CONFIG.getConfigMapping(RenderingConfig.class);

        assertThat(rendering.accessPointName()).isEqualTo("e-CMR Access Point");
        assertThat(rendering.maxPages()).isEqualTo(500);
    }

    @Test
    void sealDefaultsToTheDemoSeal() {
        SealConfig seal = CONFIG.getConfigMapping(SealConfig.class);

        assertThat(seal.keystore()).isEqualTo(Path.of("certs-sample/seal.p12"));
        assertThat(seal.password()).isEqualTo("changeit");
        assertThat(seal.alias()).isEqualTo("seal");
    }
}
