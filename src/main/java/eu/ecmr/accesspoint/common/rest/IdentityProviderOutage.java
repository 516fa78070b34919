package eu.ecmr.accesspoint.common.rest;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;

/**
 * Tells a token that could not be checked from a token that is bad. quarkus-oidc verifies a token
 * with the provider's keys it holds; it goes to the provider only for a key id it does not know
 * (a rotated key) or to set a tenant up, and when that fails the cause is a connection failure or
 * an error answer from the provider's endpoint, wrapped in the authentication failure.
 */
final class IdentityProviderOutage {

    private static final int MAX_CAUSES = 16;

    private IdentityProviderOutage() {
    }

    static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int i = 0; cause != null && i < MAX_CAUSES; i++, cause = cause.getCause()) {
            if (cause instanceof OIDCException || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException || cause instanceof UnknownHostException
                    || cause instanceof TimeoutException
                    || cause instanceof OidcEndpointAccessException endpoint && endpoint.getErrorStatus() >= 500) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's class and message, for the operator's log only (never the response). */
    static String describe(Throwable failure) {
        Throwable root = failure;
        for (int i = 0; root.getCause() != null && i < MAX_CAUSES; i++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
