package eu.ecmr.accesspoint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import eu.ecmr.accesspoint.signature.JadesSigner;
import picocli.CommandLine.Option;

/** The carrier's signing key: a PKCS#12 file holding the key and its certificate chain. */
final class SigningKeyOptions {

    @Option(names = {"-k", "--key"}, paramLabel = "P12",
            description = "PKCS#12 file with the carrier's signing key and certificate chain")
    Path keyStore;

    @Option(names = "--key-password", paramLabel = "PASSWORD", defaultValue = "${env:ECMR_KEY_PASSWORD:-changeit}",
            description = "password of the PKCS#12 file (env ECMR_KEY_PASSWORD; default: ${DEFAULT-VALUE})")
    String password;

    @Option(names = "--alias", description = "key entry to use (default: the file's only key entry)")
    String alias;

    @Option(names = "--alg", description = "ES256, ES384, ES512, PS256, PS384, PS512 or RS256 (default: the key's natural one)")
    String algorithm;

    boolean present() {
        return keyStore != null;
    }

    JadesSigner signer() {
        if (keyStore == null) {
            throw CliException.usage("a signing key is needed: --key carrier.p12");
        }
        KeyStore store = load();
        try {
            String entry = alias != null ? alias : onlyKeyEntry(store);
            if (!store.isKeyEntry(entry)) {
                throw CliException.usage(keyStore + " has no key entry '" + entry + "'");
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, password.toCharArray());
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(entry)) {
                chain.add((X509Certificate) certificate);
            }
            return JadesSigner.of(key, chain, algorithm);
        } catch (GeneralSecurityException e) {
            throw CliException.usage("cannot read the key in " + keyStore + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage(), e);
        }
    }

    private KeyStore load() {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        } catch (IOException e) {
            throw CliException.usage("cannot open " + keyStore + " (wrong password?): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw CliException.usage(keyStore + " is not a PKCS#12 file: " + e.getMessage(), e);
        }
    }

    private String onlyKeyEntry(KeyStore store) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String name : Collections.list(store.aliases())) {
            if (store.isKeyEntry(name)) {
                keys.add(name);
            }
        }
        if (keys.size() != 1) {
            throw CliException.usage(keyStore + " holds " + keys.size() + " keys " + keys + "; name one with --alias");
        }
        return keys.get(0);
    }
}
