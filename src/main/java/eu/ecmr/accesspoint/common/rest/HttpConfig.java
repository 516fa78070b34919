package eu.ecmr.accesspoint.common.rest;

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
}
