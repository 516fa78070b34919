package eu.ecmr.accesspoint.rendering;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the PDF copies look and how large they may grow. */
@ConfigMapping(prefix = "ecmr.rendering")
public interface RenderingConfig {

    /**
     * The holder named in the marking on every page ("COPY of the electronic consignment note (e-CMR)
     * held by ...") and in the PDF's metadata. Default {@code e-CMR Access Point}.
     */
    @WithDefault("e-CMR Access Point")
    String accessPointName();

    /**
     * Most pages a copy may have. The pages are planned before any is drawn, so a note beyond this
     * (10,000 goods lines with long descriptions, say) is refused quickly with PDF_TOO_LARGE. At
     * about 40 goods lines a page, the default 500 allows any note of short lines. Default 500.
     */
    @WithDefault("500")
    int maxPages();
}
