package eu.ecmr.accesspoint.efti;

/** The gate could not be reached, timed out, or did not confirm a request. */
public class GateException extends RuntimeException {

    private GateException(String message, Throwable cause) {
        super(message, cause);
    }

    public static GateException message(String what, Throwable cause) {
        return new GateException(what, cause);
    }

    public static GateException status(int status) {
        return new GateException("the gate answered HTTP " + status, null);
    }
}
