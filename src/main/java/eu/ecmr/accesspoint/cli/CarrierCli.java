package eu.ecmr.accesspoint.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The carrier's command-line toolkit: sign an e-CMR document, submit it to the Access Point, and
 * check a saved timestamp offline. Runs outside the Access Point, from its own jar:
 * {@code java -jar target/ecmr-carrier.jar --help}.
 *
 * <p>Exit codes: {@value #OK} done; {@value #REFUSED} the Access Point refused, or a check failed;
 * {@value #USAGE} bad arguments or input files; {@value #UNAVAILABLE} the Access Point or the identity
 * provider could not answer (try again later).
 */
@Command(name = "ecmr-carrier", mixinStandardHelpOptions = true, versionProvider = CarrierCli.Version.class,
        description = "Sign, submit and check e-CMR consignment notes for an e-CMR Access Point.",
        subcommands = {SignCommand.class, SubmitCommand.class, VerifyTimestampCommand.class,
                CommandLine.HelpCommand.class})
public final class CarrierCli {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 3;

    public static void main(String[] args) {
        int exitCode = run(args);
        System.exit(exitCode);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs one command line and answers its exit code, without System.exit (tests call this). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new CarrierCli()).setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return e instanceof CliException cli ? cli.exitCode() : USAGE;
        });
        return commandLine.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CarrierCli.class.getPackage().getImplementationVersion();
            return new String[] {"ecmr-carrier " + (version == null ? "(development build)" : version)};
        }
    }
}
