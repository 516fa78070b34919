package eu.ecmr.accesspoint.cli;

/** A failure the toolkit explains in one line, with the exit code it ends with. */
final class CliException extends RuntimeException {

    private final int exitCode;

    private CliException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(message, CarrierCli.USAGE, null);
    }

    static CliException usage(String message, Throwable cause) {
        return new CliException(message, CarrierCli.USAGE, cause);
    }

    /** The Access Point or the identity provider said no, or a check failed; the message says why. */
    static CliException refused(String message) {
        return new CliException(message, CarrierCli.REFUSED, null);
    }

    static CliException unavailable(String message, Throwable cause) {
        return new CliException(message, CarrierCli.UNAVAILABLE, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
