package eu.ecmr.accesspoint.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Builds the {@link Caller} of the current request from its verified bearer token. */
@RequestScoped
public class CallerResolver {

    private final SecurityIdentity identity;
    private final IdentityConfig config;

    CallerResolver(SecurityIdentity identity, IdentityConfig config) {
        this.identity = identity;
        this.config = config;
    }

    public Caller current() {
        String name = identity.getPrincipal().getName();
        Optional<String> carrierId = claim(config.carrierClaim())
                .or(() -> Optional.ofNullable(config.carrierByPrincipal().get(name)));
        return new Caller(subject(name), identity.getRoles(), carrierId, claim(config.organisationClaim()));
    }

    private String subject(String fallback) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return fallback;
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }
}
