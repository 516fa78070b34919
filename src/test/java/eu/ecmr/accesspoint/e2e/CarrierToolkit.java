package eu.ecmr.accesspoint.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged carrier toolkit, {@code java -jar target/ecmr-carrier.jar}, as the README runs it. */
final class CarrierToolkit {

    static final Path JAR = Path.of("target", "ecmr-carrier.jar");

    private CarrierToolkit() {
    }

    static Processes.Result run(String... args) {
        return run(Map.of(), args);
    }

    /** With environment variables, as secrets are best passed. */
    static Processes.Result run(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(Processes.java("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return Processes.run(command, environment);
    }
}
