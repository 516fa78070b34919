package eu.ecmr.accesspoint.security;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ecmr.identity")
public interface IdentityConfig {

    /** The access-token claim that names the caller's carrier. Default {@code carrier_id}. */
    @WithDefault("carrier_id")
    String carrierClaim();

    /** The access-token claim that names an authority's organisation. Default {@code organisation}. */
    @WithDefault("organisation")
    String organisationClaim();

    /**
     * Carrier ids by principal name, for identity providers that cannot add the carrier claim
     * (and for development mode). The claim wins where both exist. Default: empty.
     */
    Map<String, String> carrierByPrincipal();
}
