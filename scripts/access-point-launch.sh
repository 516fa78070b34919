# Sourced by scripts/stack.sh and bench/run-startup.sh (not run): how they launch the packaged
# Access Point so that the JVM maps the AppCDS archive the build makes beside it
# (target/quarkus-app/app-cds.jsa, quarkus.package.jar.appcds.enabled).
#
# Quarkus makes the archive in target/quarkus-app with `java -jar quarkus-run.jar`, so the archive
# names the jars relative to that directory, and the JVM (17) maps it only when started there. The
# Access Point therefore runs in target/quarkus-app, and the key, certificate and CRL files its
# configuration names relative to the repository (the certs-sample/ defaults, or a caller's relative
# ECMR_* paths) are handed to it as absolute paths. Without the archive, or with one made for other
# jars or another JVM, the JVM says so in the log and starts without it.
# Expects ROOT (the repository).

AP_DIR="$ROOT/target/quarkus-app"
AP_CDS="$AP_DIR/app-cds.jsa"

ap_cds_opts() { # the JVM option that maps the archive, none if the build made none
  if [[ -f "$AP_CDS" ]]; then printf '%s\n' "-XX:SharedArchiveFile=$AP_CDS"; fi
}

ap_abs() { # ap_abs LIST: each comma-separated path made absolute against ROOT (empty stays empty)
  local out="" p IFS=,
  for p in $1; do
    [[ -z "$p" || "$p" == /* ]] || p="$ROOT/$p"
    out="${out:+$out,}$p"
  done
  printf '%s' "$out"
}

ap_file_env() { # NAME=VALUE lines for every file setting, defaults as in the @ConfigMapping interfaces
  printf '%s\n' \
    "ECMR_TRUST_SIGNER_ANCHORS=$(ap_abs "${ECMR_TRUST_SIGNER_ANCHORS-certs-sample/root-ca.pem}")" \
    "ECMR_TRUST_CRL_FILES=$(ap_abs "${ECMR_TRUST_CRL_FILES-certs-sample/issuing-ca.crl}")" \
    "ECMR_TIMESTAMP_TRUST_ANCHORS=$(ap_abs "${ECMR_TIMESTAMP_TRUST_ANCHORS-certs-sample/root-ca.pem}")" \
    "ECMR_TIMESTAMP_BUILT_IN_KEYSTORE=$(ap_abs "${ECMR_TIMESTAMP_BUILT_IN_KEYSTORE-certs-sample/tsa.p12}")" \
    "ECMR_SEAL_KEYSTORE=$(ap_abs "${ECMR_SEAL_KEYSTORE-certs-sample/seal.p12}")"
}
