package eu.ecmr.accesspoint.signature;

import java.util.Base64;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Strict base64url as JWS uses it (RFC 7515 s.2): the URL-safe alphabet only, no padding, no
 * whitespace, and zero unused trailing bits (RFC 4648 s.3.5), so that one value has one encoding.
 */
final class Base64Url {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Base64Url() {
    }

    /** Decodes {@code part}, or refuses it as MALFORMED_JWS naming {@code what} it was. */
    static byte[] decode(String part, String what) {
        if (!isCanonical(part)) {
            throw AccessPointException.of(ProblemKind.MALFORMED_JWS,
                    what + " is not base64url without padding (RFC 7515 s.2)");
        }
        return DECODER.decode(part);
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    static boolean isCanonical(String text) {
        int length = text.length();
        if (length % 4 == 1) {
            return false; // no byte sequence encodes to 4n+1 characters
        }
        int last = 0;
        for (int i = 0; i < length; i++) {
            last = sextet(text.charAt(i));
            if (last < 0) {
                return false;
            }
        }
        int unusedBitsMask = switch (length % 4) {
            case 2 -> 0x0F;
            case 3 -> 0x03;
            default -> 0;
        };
        return (last & unusedBitsMask) == 0;
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : c == '_' ? 63 : -1;
    }
}
