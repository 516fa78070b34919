package eu.ecmr.accesspoint.overload.rest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.common.rest.ProblemResponses;
import eu.ecmr.accesspoint.overload.OverloadConfig;
import eu.ecmr.accesspoint.overload.RateLimiter;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Limits each authenticated client (the token's subject) to its rate, answering 429 with the
 * seconds until its next request is allowed. Runs on the event loop, before a worker is taken.
 * Anonymous and unauthenticatable requests pass on, to be refused by the resource's own checks.
 */
@ApplicationScoped
public class RateLimitFilter {

    private final Optional<RateLimiter> limiter;
    private final CurrentIdentityAssociation identities;

    RateLimitFilter(OverloadConfig config, CurrentIdentityAssociation identities) {
        OverloadConfig.RateLimit rate = config.rateLimit();
        this.limiter = rate.enabled()
                ? Optional.of(new RateLimiter(rate.burst(), rate.requestsPerSecond(), rate.maxClients(), System::nanoTime))
                : Optional.empty();
        this.identities = identities;
    }

    @ServerRequestFilter(nonBlocking = true)
    public Uni<Response> limit(RoutingContext ctx) {
        if (limiter.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? null : admit(ctx, client(identity)))
                .onFailure().recoverWithNull();
    }

    private Response admit(RoutingContext ctx, String client) {
        return limiter.get().admit(client).map(wait -> tooMany(ctx, wait)).orElse(null);
    }

    private static Response tooMany(RoutingContext ctx, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ProblemResponses.response(ctx, ProblemKind.RATE_LIMITED,
                "This client has made more requests than its rate allows; the next is allowed in " + seconds + " s",
                List.of(), Optional.of(seconds));
    }

    private static String client(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
