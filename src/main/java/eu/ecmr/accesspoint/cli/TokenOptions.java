package eu.ecmr.accesspoint.cli;

import java.net.URI;

import picocli.CommandLine.Option;

/**
 * How the toolkit gets a bearer token: a carrier's software uses its own confidential client
 * (client credentials grant, RFC 6749 s.4.4); a person uses a user name and password with the
 * public client {@code ecmr-cli} (RFC 6749 s.4.3); or a token obtained elsewhere is passed as is.
 * Secrets are best given by environment variable, which other users of the machine cannot read.
 */
final class TokenOptions {

    @Option(names = "--client-id", defaultValue = "${env:ECMR_CLIENT_ID:-ecmr-cli}",
            description = "OIDC client (env ECMR_CLIENT_ID; default: ${DEFAULT-VALUE})")
    String clientId;

    @Option(names = "--client-secret", defaultValue = "${env:ECMR_CLIENT_SECRET}",
            description = "the client's secret, for the client credentials grant (env ECMR_CLIENT_SECRET)")
    String clientSecret;

    @Option(names = "--username", defaultValue = "${env:ECMR_USERNAME}",
            description = "a user, for the password grant (env ECMR_USERNAME)")
    String username;

    @Option(names = "--password", defaultValue = "${env:ECMR_PASSWORD}",
            description = "the user's password (env ECMR_PASSWORD)")
    String password;

    @Option(names = "--token-url", description = "the provider's token endpoint (default: discovered from the Access Point, RFC 9728)")
    URI tokenUrl;

    @Option(names = "--token", defaultValue = "${env:ECMR_TOKEN}", description = "a bearer token to use as is (env ECMR_TOKEN)")
    String token;
}
