package eu.ecmr.accesspoint.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import io.quarkus.security.AuthenticationFailedException;

/**
 * The shapes quarkus-oidc reports its provider's absence in (seen against Keycloak: a refused
 * connection while fetching the keys for an unknown key id; OIDCException for a tenant it could
 * not set up), told apart from a token that is simply bad.
 */
class IdentityProviderOutageTest {

    @Test
    void aRefusedConnectionBehindTheAuthenticationFailureIsAnOutage() {
        var failure = new AuthenticationFailedException(new RuntimeException(new ConnectException("Connection refused")));

        assertThat(IdentityProviderOutage.causedBy(failure)).isTrue();
        assertThat(IdentityProviderOutage.describe(failure)).isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void aTenantThatCouldNotBeSetUpIsAnOutage() {
        assertThat(IdentityProviderOutage.causedBy(new OIDCException("OIDC Server is not available"))).isTrue();
    }

    @Test
    void theProvidersServerErrorIsAnOutageButItsClientErrorIsNot() {
        assertThat(IdentityProviderOutage.causedBy(new AuthenticationFailedException(new OidcEndpointAccessException(503))))
                .isTrue();
        assertThat(IdentityProviderOutage.causedBy(new AuthenticationFailedException(new OidcEndpointAccessException(404))))
                .isFalse();
    }

    @Test
    void aBadTokenIsNotAnOutage() {
        assertThat(IdentityProviderOutage.causedBy(new AuthenticationFailedException("signature does not verify"))).isFalse();
        assertThat(IdentityProviderOutage.causedBy(new AuthenticationFailedException())).isFalse();
    }
}
