package eu.ecmr.accesspoint.common;

import java.net.URI;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this Access Point names itself to carriers, inspectors and the e-FTI network. */
@ConfigMapping(prefix = "ecmr.platform")
public interface PlatformConfig {

    /**
     * The public address callers reach this Access Point at; links in receipts and the PDF's QR
     * code are built on it. Default {@code http://localhost:8080}.
     */
    @WithDefault("http://localhost:8080")
    URI publicBaseUrl();

    /** This platform's id in the e-FTI network, the {@code platformId} of every UIL. Default {@code ecmr-ap-demo}. */
    @WithDefault("ecmr-ap-demo")
    String platformId();

    /** The id of the e-FTI gate this platform registers with, the {@code gateId} of every UIL. Default {@code gate-demo}. */
    @WithDefault("gate-demo")
    String gateId();
}
