package eu.ecmr.accesspoint.rendering.seal;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Access Point's own electronic seal, with which it signs the PDF copies it issues. */
@ConfigMapping(prefix = "ecmr.seal")
public interface SealConfig {

    /** PKCS#12 file with the seal's key and chain. Default {@code certs-sample/seal.p12} (demo only). */
    @WithDefault("certs-sample/seal.p12")
    Path keystore();

    /** Password of the keystore and of its key. Default {@code changeit} (the demo PKI's). */
    @WithDefault("changeit")
    String password();

    /** Alias of the key entry. Default {@code seal}. */
    @WithDefault("seal")
    String alias();
}
