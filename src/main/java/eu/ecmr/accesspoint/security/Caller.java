package eu.ecmr.accesspoint.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the use cases need to know it: the token's subject, its realm roles, the
 * carrier it acts for (carriers only) and the organisation claim of authorities, if present.
 */
public record Caller(String subject, Set<String> roles, Optional<String> carrierId, Optional<String> organisation) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isCarrier() {
        return hasRole(Roles.CARRIER);
    }

    /**
     * Inspectors, auditors and the e-FTI gates that act for other member states' authorities: they
     * may read any note they can reach, and every read of theirs is logged.
     */
    public boolean isAuthority() {
        return hasRole(Roles.INSPECTOR) || hasRole(Roles.AUDITOR) || hasRole(Roles.GATE);
    }

    /** The role the caller acts in, for the access log: the most privileged it holds. */
    public String actingRole() {
        return hasRole(Roles.AUDITOR) ? Roles.AUDITOR
                : hasRole(Roles.INSPECTOR) ? Roles.INSPECTOR
                : hasRole(Roles.GATE) ? Roles.GATE
                : hasRole(Roles.CARRIER) ? Roles.CARRIER : "none";
    }

    /** True when this caller is a carrier acting for {@code carrierId}. */
    public boolean actsFor(String carrierId) {
        return isCarrier() && this.carrierId.filter(carrierId::equals).isPresent();
    }
}
