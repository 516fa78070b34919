package eu.ecmr.accesspoint.cli;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

import eu.ecmr.accesspoint.common.Digests;
import eu.ecmr.accesspoint.timestamp.InvalidTimestampReplyException;
import eu.ecmr.accesspoint.timestamp.TimestampReply;
import eu.ecmr.accesspoint.timestamp.TimestampReplyValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verify-timestamp}: checks, offline, that a saved RFC 3161 reply is a valid timestamp by
 * a trusted TSA over the SHA-256 of a saved original, with the Access Point's own validator
 * (RFC 3161 s.2.4.2: status, token signature, ESSCertID, TSA certificate and its path at genTime).
 */
@Command(name = "verify-timestamp", mixinStandardHelpOptions = true,
        description = "Check a saved RFC 3161 timestamp reply against the saved original, offline.")
final class VerifyTimestampCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--original", required = true, paramLabel = "FILE", description = "the note's original bytes, as saved")
    Path original;

    @Option(names = "--timestamp", required = true, paramLabel = "FILE", description = "the timestamp reply (DER), as saved")
    Path reply;

    @Option(names = "--tsa-root", required = true, paramLabel = "PEM", split = ",",
            description = "the CA(s) trusted for the TSA's certificate, PEM (the demo: certs-sample/root-ca.pem)")
    List<Path> tsaRoots;

    @Override
    public Integer call() {
        byte[] digest = Digests.sha256(CliFiles.read(original));
        byte[] encoded = CliFiles.read(reply);
        TimestampReplyValidator validator;
        try {
            validator = TimestampReplyValidator.fromPemFiles(tsaRoots);
        } catch (RuntimeException e) {
            throw CliException.usage("cannot read the TSA root(s) " + tsaRoots + ": " + e.getMessage(), e);
        }
        try {
            TimestampReply checked = validator.validateStored(encoded);
            if (!MessageDigest.isEqual(digest, TimestampReplyValidator.messageImprint(encoded))) {
                throw CliException.refused("NOT VERIFIED: the timestamp is valid but over other bytes than " + original
                        + " (its SHA-256 is " + HexFormat.of().formatHex(digest) + ")");
            }
            spec.commandLine().getOut().printf("VERIFIED: %s existed at %s%n  SHA-256 %s%n  TSA %s, serial %s%n",
                    original, checked.genTime(), HexFormat.of().formatHex(digest), checked.tsa(), checked.serialNumber());
            return CarrierCli.OK;
        } catch (InvalidTimestampReplyException e) {
            throw CliException.refused("NOT VERIFIED: " + e.getMessage());
        }
    }
}
