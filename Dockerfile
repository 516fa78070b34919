# syntax=docker/dockerfile:1
#
# e-CMR Access Point: container image (Quarkus fast-jar on Eclipse Temurin 17).
#
#   docker build -t ecmr-access-point .
#   docker run --rm -p 8080:8080 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/ecmr \
#     -e QUARKUS_DATASOURCE_USERNAME=ecmr -e QUARKUS_DATASOURCE_PASSWORD=... \
#     -e QUARKUS_OIDC_AUTH_SERVER_URL=https://idp.example.org/realms/ecmr \
#     -v /srv/ecmr/certs:/deployments/certs:ro \
#     -e ECMR_TRUST_SIGNER_ANCHORS=/deployments/certs/carrier-anchors.pem \
#     -e ECMR_TRUST_CRL_FILES=/deployments/certs/carrier-cas.crl \
#     -e ECMR_TIMESTAMP_TRUST_ANCHORS=/deployments/certs/tsa-anchors.pem \
#     -e ECMR_TIMESTAMP_BUILT_IN_KEYSTORE=/deployments/certs/tsa.p12 -e ECMR_TIMESTAMP_BUILT_IN_PASSWORD=... \
#     -e ECMR_PLATFORM_PUBLIC_BASE_URL=https://ecmr.example.org \
#     ecmr-access-point
#
# TRUST ANCHORS, TSA AND SEAL KEY STORES MUST BE MOUNTED AND CONFIGURED.
# The image contains no certificates or keys. The application's defaults point at the demo PKI
# in certs-sample/, which is deliberately NOT copied into the image: its private keys are public
# (committed to the repository), so it must never be trusted or used outside development.
# Mount the real material read-only (e.g. at /deployments/certs) and point the ecmr.* trust-anchor,
# TSA and seal properties at it through environment variables (each ecmr.* property is documented
# on its @ConfigMapping interface and in README.md's Configuration table). Key store
# passwords belong in secrets (environment or a mounted file), not in the image.

# ---------------------------------------------------------------------------------------------
# Stage 1: build with the Maven Wrapper
# ---------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Wrapper and POM first: the dependency layer is rebuilt only when they change.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src/ src/
COPY openapi/ openapi/
RUN ./mvnw -B package -DskipTests

# ---------------------------------------------------------------------------------------------
# Stage 2: runtime
# ---------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Non-root user (uid/gid 185, as in the Quarkus images); it owns nothing in the image.
RUN groupadd --system --gid 185 ecmr \
 && useradd --system --uid 185 --gid 185 --home-dir /deployments --no-create-home \
            --shell /usr/sbin/nologin ecmr

WORKDIR /deployments

# Quarkus fast-jar layout, least frequently changed layers first. Files stay root-owned
# (world-readable), so the application cannot modify its own code.
COPY --from=build /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/target/quarkus-app/*.jar /deployments/
COPY --from=build /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/target/quarkus-app/quarkus/ /deployments/quarkus/

# AppCDS (README "Running like production"): the archive `package` made in the build stage fits that
# stage's JDK and directory only, so the image makes its own with its JRE, the same way: Quarkus' static
# initialisation, then exit (no database or identity provider needed). CMD maps it; should it ever not
# fit, the JVM warns and starts without it.
RUN java -XX:ArchiveClassesAtExit=/deployments/app-cds.jsa -Dquarkus.appcds.generate=true -jar /deployments/quarkus-run.jar

# Mount point for the trust anchors, TSA and seal key stores (see the header).
RUN mkdir -p /deployments/certs

ENV JAVA_OPTS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError"
ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

USER 185
EXPOSE 8080

# curl ships in the Ubuntu-based eclipse-temurin images (installed there "for historical reasons").
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null http://localhost:8080/q/health/ready || exit 1

# The base image's ENTRYPOINT (/__cacert_entrypoint.sh: optional USE_SYSTEM_CA_CERTS=1 import of
# /certificates/*.crt into the JVM's TLS trust store) stays in place and execs this command.
CMD ["sh", "-c", "exec java -XX:SharedArchiveFile=/deployments/app-cds.jsa $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar"]
