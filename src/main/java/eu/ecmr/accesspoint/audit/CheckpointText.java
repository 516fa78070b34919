package eu.ecmr.accesspoint.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The bytes a checkpoint signs: five lines of UTF-8 text, each ending in a line feed, so that
 * stock tools can check them ({@code openssl dgst -sha256 -verify}) and people can read them:
 *
 * <pre>
 * e-CMR Access Point audit checkpoint v1
 * platform: ecmr-ap-demo
 * tree-size: 1234
 * root-hash: base64 of the RFC 9162 root
 * created-at: 2026-11-28T07:00:00.000000Z
 * </pre>
 */
public final class CheckpointText {

    public static final String FIRST_LINE = "e-CMR Access Point audit checkpoint v1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CheckpointText() {
    }

    public static byte[] of(String platformId, long treeSize, byte[] rootHash, Instant createdAt) {
        String text = FIRST_LINE + "\n"
                + "platform: " + platformId + "\n"
                + "tree-size: " + treeSize + "\n"
                + "root-hash: " + Base64.getEncoder().encodeToString(rootHash) + "\n"
                + "created-at: " + TIME.format(createdAt) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads tree size and root hash back, for a verifier that trusts only the signed bytes. */
    public static long treeSize(byte[] signedBytes) {
        return Long.parseLong(line(signedBytes, "tree-size: "));
    }

    public static byte[] rootHash(byte[] signedBytes) {
        return Base64.getDecoder().decode(line(signedBytes, "root-hash: "));
    }

    private static String line(byte[] signedBytes, String prefix) {
        String[] lines = new String(signedBytes, StandardCharsets.UTF_8).split("\n");
        if (lines.length != 5 || !lines[0].equals(FIRST_LINE)) {
            throw new IllegalArgumentException("not an audit checkpoint v1");
        }
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("checkpoint has no " + prefix.strip());
    }
}
