import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import eu.ecmr.accesspoint.signature.JadesSigner;
import eu.ecmr.accesspoint.signature.JwsSerialization;

/**
 * Signs many distinct e-CMR notes for the submission benchmark, one compact JWS per line: the
 * template document with e-CMR number {@code PREFIX-n} and one of 5,000 vehicle registrations, so
 * that every submission is a new note (a repeat would take the cheaper "same bytes again" path).
 * Signing happens before the run, so the load generator spends no CPU on it.
 *
 * <pre>
 * java -cp target/ecmr-carrier.jar bench/SignNotes.java COUNT PREFIX TEMPLATE.json KEY.p12 PASSWORD OUT.jws-lines
 * </pre>
 */
public final class SignNotes {

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: SignNotes COUNT PREFIX TEMPLATE.json KEY.p12 PASSWORD OUT");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        String prefix = args[1];
        String template = Files.readString(Path.of(args[2]));
        String number = field(template, "ecmrNumber");
        String registration = field(template, "registration");
        JadesSigner signer = signer(Path.of(args[3]), args[4].toCharArray());
        Instant signingTime = Instant.now();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.US_ASCII)) {
            for (int n = 0; n < count; n++) {
                String document = template
                        .replace("\"" + number + "\"", "\"" + prefix + "-" + n + "\"")
                        .replace("\"" + registration + "\"", String.format("\"BN-%04d-X\"", n % 5000));
                out.write(signer.sign(document.getBytes(StandardCharsets.UTF_8), JwsSerialization.COMPACT, signingTime));
                out.newLine();
            }
        }
    }

    /** The template's value of a string field that occurs once (the e-CMR number, the registration). */
    private static String field(String json, String name) {
        int key = json.indexOf("\"" + name + "\"");
        if (key < 0 || json.indexOf("\"" + name + "\"", key + 1) >= 0) {
            throw new IllegalArgumentException("the template needs exactly one \"" + name + "\"");
        }
        int open = json.indexOf('"', json.indexOf(':', key) + 1);
        return json.substring(open + 1, json.indexOf('"', open + 1));
    }

    private static JadesSigner signer(Path p12, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, password);
        }
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate c : store.getCertificateChain(alias)) {
                    chain.add((X509Certificate) c);
                }
                return JadesSigner.of((PrivateKey) store.getKey(alias, password), chain, null);
            }
        }
        throw new IllegalArgumentException(p12 + " holds no key");
    }
}
