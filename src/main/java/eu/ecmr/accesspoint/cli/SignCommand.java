package eu.ecmr.accesspoint.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.security.auth.x500.X500Principal;

import eu.ecmr.accesspoint.signature.JadesSigner;
import eu.ecmr.accesspoint.signature.JwsSerialization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sign}: an e-CMR document (JSON) to a JAdES baseline-B JWS, signed with the carrier's PKCS#12 key. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign an e-CMR document (JSON) as a JAdES baseline-B JWS (ETSI TS 119 182-1).")
final class SignCommand implements Callable<Integer> {

    /** ETSI EN 319 412-1 s.5.1.4: the attribute that names the carrier, which the JDK prints as an OID. */
    private static final Map<String, String> NAMES = Map.of("2.5.4.97", "organizationIdentifier");

    @Spec
    CommandSpec spec;

    @Mixin
    SigningKeyOptions key;

    @Option(names = "--flattened", description = "flattened JSON serialization (application/jose+json) instead of compact")
    boolean flattened;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the JWS (default: standard output)")
    Path output;

    @Parameters(paramLabel = "DOCUMENT", description = "the e-CMR document, UTF-8 JSON")
    Path document;

    @Override
    public Integer call() {
        JadesSigner signer = key.signer();
        byte[] payload = CliFiles.read(document);
        SubmissionBody.requireDocument(payload, document);
        String jws = signer.sign(payload, flattened ? JwsSerialization.FLATTENED_JSON : JwsSerialization.COMPACT,
                Clock.systemUTC().instant());
        if (output == null) {
            spec.commandLine().getOut().println(jws);
        } else {
            CliFiles.write(output, jws);
            spec.commandLine().getErr().println("Signed " + document + " with " + signer.algorithm() + " as "
                    + signer.leaf().getSubjectX500Principal().getName(X500Principal.RFC2253, NAMES) + " -> " + output);
        }
        return CarrierCli.OK;
    }
}
