package eu.ecmr.accesspoint.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/**
 * Brings the stack up once for the whole suite and takes it down after the last test, also when
 * a test or the start itself fails. Refuses to run beside a stack that is already up on the same
 * ports: the suite would test whatever that one is, and then stop it.
 */
public final class StackExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = Integer.parseInt(Stack.AP_PORT);
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(StartedStack.class, key -> StartedStack.start(), StartedStack.class);
    }

    /** Closed by JUnit when the root context ends, i.e. after every test class. */
    static final class StartedStack implements AutoCloseable {

        private boolean stopped;

        static StartedStack start() {
            if (Stack.anythingAnswers()) {
                throw new IllegalStateException("Something already runs on the stack's ports (Keycloak "
                        + Stack.KEYCLOAK_PORT + ", Access Point " + Stack.AP_PORT + "): stop it with"
                        + " 'scripts/stack.sh down', or choose others with KEYCLOAK_PORT, AP_PORT and PG_DB");
            }
            StartedStack stack = new StartedStack();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-down"));
            try {
                Stack.up();
            } catch (RuntimeException e) {
                stack.close();
                throw e;
            }
            return stack;
        }

        @Override
        public synchronized void close() {
            if (!stopped) {
                stopped = true;
                Stack.down();
            }
        }
    }
}
