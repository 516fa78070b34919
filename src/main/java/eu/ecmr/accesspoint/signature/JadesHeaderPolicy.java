package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Which header parameters a JAdES baseline-B signature may, must and must not carry, in this
 * order: forbidden parameters, parameters that must be protected, {@code crit}, {@code alg},
 * {@code x5c}, {@code x5t#S256}, {@code sigT}, then the types of {@code kid}, {@code typ},
 * {@code cty}. Any other parameter is accepted and ignored (JAdES defines many optional ones)
 * unless {@code crit} names it.
 */
final class JadesHeaderPolicy {

    /** Keys come only from x5c and a configured anchor; the Access Point never fetches a submitter's URL. */
    private static final List<String> KEY_SOURCES = List.of("jku", "x5u", "jwk");
    /** RFC 7515 s.4.1.11 for crit; the rest carry what the signature is about, so must be signed. */
    private static final List<String> PROTECTED_ONLY = List.of("alg", "crit", "x5c", "x5t#S256", "sigT");
    /** The only extension parameter this verifier understands and processes (RFC 7515 s.4.1.11). */
    private static final Set<String> UNDERSTOOD_EXTENSIONS = Set.of("sigT");
    private static final List<String> OPTIONAL_STRINGS = List.of("kid", "typ", "cty");

    JadesHeader apply(ParsedJws jws) {
        ObjectNode signed = jws.protectedHeader();
        ObjectNode unsigned = jws.unprotectedHeader();
        refuseForbidden(signed, "protected");
        refuseForbidden(unsigned, "unprotected");
        for (String name : PROTECTED_ONLY) {
            if (unsigned.has(name)) {
                throw invalid(name + " must be in the protected header, where the signature covers it");
            }
        }
        checkCritical(signed);
        JwsAlgorithm algorithm = algorithm(signed.get("alg"));
        List<X509Certificate> chain = CertificateChainHeader.decode(signed.get("x5c"));
        CertificateChainHeader.checkThumbprint(signed.get("x5t#S256"), chain.get(0));
        Instant signingTime = SigningTimeHeader.parse(signed.get("sigT"));
        for (String name : OPTIONAL_STRINGS) {
            requireStringIfPresent(signed, name);
            requireStringIfPresent(unsigned, name);
        }
        return new JadesHeader(algorithm, chain, signingTime);
    }

    private static void refuseForbidden(ObjectNode header, String where) {
        for (String name : KEY_SOURCES) {
            if (header.has(name)) {
                throw forbidden("the " + where + " header names a key by '" + name
                        + "'; the key must come from x5c, chained to a configured trust anchor");
            }
        }
        if (header.has("b64")) {
            throw forbidden("the " + where + " header has 'b64' (RFC 7797); only base64url-encoded attached payloads are accepted");
        }
    }

    /** RFC 7515 s.4.1.11: a non-empty list of distinct names, each understood here and present. */
    private static void checkCritical(ObjectNode header) {
        JsonNode crit = header.get("crit");
        if (crit == null) {
            return;
        }
        if (!crit.isArray() || crit.isEmpty()) {
            throw invalid("crit must be a non-empty array of header parameter names (RFC 7515 s.4.1.11)");
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode entry : crit) {
            if (!entry.isTextual() || !seen.add(entry.textValue())) {
                throw invalid("crit must list distinct header parameter names as strings (RFC 7515 s.4.1.11)");
            }
            String name = entry.textValue();
            if (!UNDERSTOOD_EXTENSIONS.contains(name)) {
                throw forbidden("crit names '" + name + "', which this Access Point does not implement;"
                        + " the only critical extension it understands is sigT (RFC 7515 s.4.1.11)");
            }
            if (!header.has(name)) {
                throw invalid("crit names '" + name + "', but the protected header has no such parameter (RFC 7515 s.4.1.11)");
            }
        }
    }

    private static JwsAlgorithm algorithm(JsonNode alg) {
        String name = alg != null && alg.isTextual() ? alg.textValue() : null;
        if (name == null) {
            throw AccessPointException.of(ProblemKind.UNSUPPORTED_ALGORITHM, "the protected header needs 'alg' as a string");
        }
        return JwsAlgorithm.named(name).orElseThrow(() -> AccessPointException.of(ProblemKind.UNSUPPORTED_ALGORITHM,
                "alg '" + name + "' is not accepted; use one of ES256, ES384, ES512, PS256, PS384, PS512, RS256"));
    }

    private static void requireStringIfPresent(ObjectNode header, String name) {
        JsonNode value = header.get(name);
        if (value != null && !value.isTextual()) {
            throw invalid(name + " must be a string (RFC 7515 s.4.1)");
        }
    }

    private static AccessPointException forbidden(String detail) {
        return AccessPointException.of(ProblemKind.FORBIDDEN_HEADER, detail);
    }

    private static AccessPointException invalid(String detail) {
        return AccessPointException.of(ProblemKind.INVALID_HEADER, detail);
    }
}
