package eu.ecmr.accesspoint.common.rest;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ecmr.http")
public interface HttpConfig {

    /**
     * The largest request body accepted, in bytes; larger bodies are answered 413 with a problem
     * body before they are read. Default 1 MiB (1048576).
     */
    @WithDefault("1048576")
    long maxBodySize();

    /** For bodies that arrived without a Content-Length: refuse them once read, if too large. */
    default void checkBodySize(byte[] body) {
        if (body.length > maxBodySize()) {
            throw AccessPointException.of(ProblemKind.PAYLOAD_TOO_LARGE,
                    "The request body must not exceed " + maxBodySize() + " bytes");
        }
    }
}
