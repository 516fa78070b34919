#!/usr/bin/env bash
#
# Regenerates the DEMO PKI of the e-CMR Access Point in this folder.
#
#   certs-sample/generate.sh            (works from any current directory)
#
# NEVER trust any of these certificates in production: every private key
# produced here is published in the repository (inside the .p12 files).
#
# Requirements: bash and the stock `openssl` command line (OpenSSL 3.x).
# Every run creates fresh keys and certificates and overwrites the previous
# files. CA private keys and the `openssl ca` databases live only in `.ca/`
# (git-ignored), which is wiped and recreated on every run.
#
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CA="$HERE/.ca"
PASS="changeit"

command -v openssl >/dev/null || { echo "openssl not found" >&2; exit 1; }

# Do not let a local OPENSSL_CONF influence the result.
unset OPENSSL_CONF || true

# ---------------------------------------------------------------------------
# Time helpers (epoch arithmetic, works with GNU and BSD date)
# ---------------------------------------------------------------------------
fmt_epoch() { # epoch seconds -> YYYYMMDDHHMMSSZ (UTC)
  date -u -d "@$1" +%Y%m%d%H%M%SZ 2>/dev/null || date -u -r "$1" +%Y%m%d%H%M%SZ
}
fmt_utctime() { # epoch seconds -> YYMMDDHHMMSSZ (UTC), the form of the `openssl ca` database
  date -u -d "@$1" +%y%m%d%H%M%SZ 2>/dev/null || date -u -r "$1" +%y%m%d%H%M%SZ
}
DAY=86400
NOW="$(date -u +%s)"
START_EPOCH=$((NOW - DAY))                          # "valid from 1 day ago"
START="$(fmt_epoch "$START_EPOCH")"
END_5Y="$(fmt_epoch $((START_EPOCH + 1826 * DAY)))"
END_10Y="$(fmt_epoch $((START_EPOCH + 3653 * DAY)))"
END_20Y="$(fmt_epoch $((START_EPOCH + 7305 * DAY)))"
# carrier-a-revoked is revoked 12 hours into its life and the CRL is issued an hour later, so
# that tests can sign both before the revocation and after it, and the CRL is already current
# one day after START (the tests' usual "now"). Both lie in the past when the script ends.
REVOKED_AT="$(fmt_utctime $((START_EPOCH + 12 * 3600)))"
CRL_LAST_UPDATE="$(fmt_epoch $((START_EPOCH + 13 * 3600)))"
CRL_NEXT_UPDATE="$END_10Y"                          # as long as the issuing CA lives

# ---------------------------------------------------------------------------
# Fresh working directory for keys and CA databases
# ---------------------------------------------------------------------------
rm -rf "$CA"
mkdir -p "$CA/keys" "$CA/csr"
for db in root-ca issuing-ca untrusted-root; do
  mkdir -p "$CA/db/$db/newcerts"
  : > "$CA/db/$db/index.txt"
  echo 1000 > "$CA/db/$db/serial"      # unused with -rand_serial, but required by the config
  echo 1000 > "$CA/db/$db/crlnumber"
done

CNF="$CA/openssl.cnf"
# $ENV::CA_DB is expanded whenever the file is loaded (also by `openssl req`),
# so it always needs a value; sign() points it at the right CA database.
export CA_DB="$CA/db/root-ca"
cat > "$CNF" <<'EOF'
# Minimal configuration for the demo PKI (written by generate.sh).
# The database directory is chosen per CA through the CA_DB environment variable.

[ req ]
distinguished_name = req_dn
string_mask        = utf8only
utf8               = yes
prompt             = no

[ req_dn ]
CN = placeholder

[ ca ]
default_ca = demo_ca

[ demo_ca ]
dir              = $ENV::CA_DB
database         = $dir/index.txt
serial           = $dir/serial
crlnumber        = $dir/crlnumber
default_crl_days = 30
new_certs_dir    = $dir/newcerts
unique_subject   = no
copy_extensions  = none
default_md       = sha256
policy           = policy_anything
email_in_dn      = no
name_opt         = ca_default
cert_opt         = ca_default

[ policy_anything ]
countryName            = optional
stateOrProvinceName    = optional
localityName           = optional
organizationName       = optional
organizationalUnitName = optional
organizationIdentifier = optional
commonName             = supplied
emailAddress           = optional

# ----- extension profiles -----

[ ext_root_ca ]
basicConstraints       = critical, CA:true
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash

[ ext_issuing_ca ]
basicConstraints       = critical, CA:true, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ ext_leaf_signing ]
basicConstraints       = CA:false
keyUsage               = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

# Carrier leafs name where their issuer publishes its CRL (RFC 5280 s.4.2.1.13). The host is
# under .invalid (RFC 6761): it never resolves, and it is on no default allow-list, so the
# Access Point must decide from the configured CRL file without fetching anything.
[ ext_carrier_signing ]
basicConstraints       = CA:false
keyUsage               = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:http://crl.ecmr-demo.invalid/issuing-ca.crl

[ ext_carrier_key_agreement ]
basicConstraints       = CA:false
keyUsage               = critical, keyAgreement
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:http://crl.ecmr-demo.invalid/issuing-ca.crl

[ ext_crl ]
authorityKeyIdentifier = keyid:always

[ ext_leaf_key_agreement ]
basicConstraints       = CA:false
keyUsage               = critical, keyAgreement
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ ext_tsa ]
basicConstraints       = CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = critical, timeStamping
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
EOF

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
gen_ec() { # name curve
  openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:$2" \
    -pkeyopt ec_param_enc:named_curve -out "$CA/keys/$1.key.pem" 2>/dev/null
}
gen_rsa() { # name bits
  openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$2" \
    -out "$CA/keys/$1.key.pem" 2>/dev/null
}
csr() { # name subject
  openssl req -new -config "$CNF" -key "$CA/keys/$1.key.pem" -subj "$2" \
    -out "$CA/csr/$1.csr.pem"
}
# sign name ca-db ca-cert ca-key extensions startdate enddate [-selfsign]
sign() {
  local name="$1" db="$2" cacert="$3" cakey="$4" ext="$5" start="$6" end="$7"
  shift 7
  local certarg=()
  if [[ "${1:-}" == "-selfsign" ]]; then
    certarg=(-selfsign)
  else
    certarg=(-cert "$cacert")
  fi
  CA_DB="$CA/db/$db" openssl ca -config "$CNF" -batch -notext -md sha256 \
    -rand_serial -preserveDN "${certarg[@]}" -keyfile "$cakey" \
    -extensions "$ext" -startdate "$start" -enddate "$end" \
    -in "$CA/csr/$name.csr.pem" -out "$HERE/$name.pem" 2>"$CA/$name.ca.log" \
    || { cat "$CA/$name.ca.log" >&2; exit 1; }
}
p12() { # name chain-file...
  local name="$1"; shift
  cat "$@" > "$CA/$name.chain.pem"
  openssl pkcs12 -export -name "$name" \
    -inkey "$CA/keys/$name.key.pem" -in "$HERE/$name.pem" \
    -certfile "$CA/$name.chain.pem" \
    -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 \
    -passout "pass:$PASS" -out "$HERE/$name.p12"
  chmod 644 "$HERE/$name.p12"   # openssl creates it 0600; these are public demo files
}

ROOT_KEY="$CA/keys/root-ca.key.pem"
ISSUING_KEY="$CA/keys/issuing-ca.key.pem"
UNTRUSTED_KEY="$CA/keys/untrusted-root.key.pem"

# ---------------------------------------------------------------------------
# 1. Demo root CA (EC P-384, 20 years, self-signed)
# ---------------------------------------------------------------------------
gen_ec root-ca P-384
csr root-ca "/C=NL/O=e-CMR Access Point Demo/CN=e-CMR Demo Root CA"
sign root-ca root-ca "" "$ROOT_KEY" ext_root_ca "$START" "$END_20Y" -selfsign

# ---------------------------------------------------------------------------
# 2. Carrier issuing CA (EC P-256, 10 years, signed by root)
# ---------------------------------------------------------------------------
gen_ec issuing-ca P-256
csr issuing-ca "/C=NL/O=e-CMR Access Point Demo/CN=e-CMR Demo Carrier Issuing CA"
sign issuing-ca root-ca "$HERE/root-ca.pem" "$ROOT_KEY" ext_issuing_ca "$START" "$END_10Y"

# ---------------------------------------------------------------------------
# 3. Carrier leaf certificates (issued by the issuing CA)
# ---------------------------------------------------------------------------
SUBJ_A="/C=NL/O=Carrier A B.V./organizationIdentifier=VATNL-NL000000001B01/CN=Carrier A Transport Seal"
SUBJ_B="/C=BE/O=Carrier B BV/organizationIdentifier=VATBE-BE0000000002/CN=Carrier B Transport Seal"
CARRIER_CHAIN=("$HERE/issuing-ca.pem" "$HERE/root-ca.pem")

issue_carrier() { # name ext start end subject
  csr "$1" "$5"
  sign "$1" issuing-ca "$HERE/issuing-ca.pem" "$ISSUING_KEY" "$2" "$3" "$4"
  p12 "$1" "${CARRIER_CHAIN[@]}"
}

gen_ec carrier-a P-256
issue_carrier carrier-a ext_carrier_signing "$START" "$END_5Y" "$SUBJ_A"

gen_rsa carrier-b 2048
issue_carrier carrier-b ext_carrier_signing "$START" "$END_5Y" "$SUBJ_B"

gen_ec carrier-a-expired P-256
issue_carrier carrier-a-expired ext_carrier_signing 20200101000000Z 20210101000000Z \
  "/C=NL/O=Carrier A B.V./organizationIdentifier=VATNL-NL000000001B01/CN=Carrier A Transport Seal (expired)"

gen_ec carrier-a-no-signing P-256
issue_carrier carrier-a-no-signing ext_carrier_key_agreement "$START" "$END_5Y" \
  "/C=NL/O=Carrier A B.V./organizationIdentifier=VATNL-NL000000001B01/CN=Carrier A Key Agreement (no signing)"

gen_ec carrier-a-revoked P-256
issue_carrier carrier-a-revoked ext_carrier_signing "$START" "$END_5Y" \
  "/C=NL/O=Carrier A B.V./organizationIdentifier=VATNL-NL000000001B01/CN=Carrier A Transport Seal (revoked)"

# ---------------------------------------------------------------------------
# 3b. Revoke carrier-a-revoked and publish the issuing CA's CRL
# ---------------------------------------------------------------------------
CA_DB="$CA/db/issuing-ca" openssl ca -config "$CNF" -batch -cert "$HERE/issuing-ca.pem" -keyfile "$ISSUING_KEY" \
  -revoke "$HERE/carrier-a-revoked.pem" -crl_reason keyCompromise 2>"$CA/revoke.log" \
  || { cat "$CA/revoke.log" >&2; exit 1; }
# `openssl ca -revoke` records "now" as the revocation date and has no option to choose it;
# the database is plain text (tab-separated: status, expiry, revocation date[,reason], serial,
# file, subject), so the date is set to REVOKED_AT there before the CRL is made from it.
INDEX="$CA/db/issuing-ca/index.txt"
awk -F '\t' -v OFS='\t' -v at="$REVOKED_AT" \
  '$1 == "R" { n = split($3, field, ","); $3 = at; for (i = 2; i <= n; i++) $3 = $3 "," field[i] } { print }' \
  "$INDEX" > "$INDEX.new" && mv "$INDEX.new" "$INDEX"
CA_DB="$CA/db/issuing-ca" openssl ca -config "$CNF" -batch -gencrl -md sha256 \
  -cert "$HERE/issuing-ca.pem" -keyfile "$ISSUING_KEY" -crlexts ext_crl \
  -crl_lastupdate "$CRL_LAST_UPDATE" -crl_nextupdate "$CRL_NEXT_UPDATE" \
  -out "$HERE/issuing-ca.crl" 2>"$CA/gencrl.log" \
  || { cat "$CA/gencrl.log" >&2; exit 1; }

# ---------------------------------------------------------------------------
# 4. Untrusted root and a leaf impersonating carrier A
# ---------------------------------------------------------------------------
gen_ec untrusted-root P-256
csr untrusted-root "/CN=Untrusted Demo Root"
sign untrusted-root untrusted-root "" "$UNTRUSTED_KEY" ext_root_ca "$START" "$END_10Y" -selfsign

gen_ec untrusted P-256
csr untrusted "$SUBJ_A"
sign untrusted untrusted-root "$HERE/untrusted-root.pem" "$UNTRUSTED_KEY" ext_leaf_signing "$START" "$END_5Y"
p12 untrusted "$HERE/untrusted-root.pem"

# ---------------------------------------------------------------------------
# 5. Built-in timestamp authority and the Access Point's own seal (root-issued)
# ---------------------------------------------------------------------------
gen_ec tsa P-256
csr tsa "/C=NL/O=e-CMR Access Point Demo/CN=e-CMR Demo TSA"
sign tsa root-ca "$HERE/root-ca.pem" "$ROOT_KEY" ext_tsa "$START" "$END_10Y"
p12 tsa "$HERE/root-ca.pem"

gen_ec seal P-256
csr seal "/C=NL/O=e-CMR Access Point Demo/organizationIdentifier=NTRNL-00000000/CN=e-CMR Access Point Demo Seal"
sign seal root-ca "$HERE/root-ca.pem" "$ROOT_KEY" ext_leaf_signing "$START" "$END_10Y"
p12 seal "$HERE/root-ca.pem"

# ---------------------------------------------------------------------------
# Sanity checks (fail the script if the result is not what the tests expect)
# ---------------------------------------------------------------------------
openssl verify -CAfile "$HERE/root-ca.pem" -untrusted "$HERE/issuing-ca.pem" \
  "$HERE/carrier-a.pem" "$HERE/carrier-b.pem" "$HERE/carrier-a-no-signing.pem" >/dev/null
openssl verify -CAfile "$HERE/root-ca.pem" "$HERE/tsa.pem" "$HERE/seal.pem" >/dev/null
# The CRL is signed by the issuing CA, current, and revokes exactly carrier-a-revoked.
openssl verify -crl_check -CRLfile "$HERE/issuing-ca.crl" -CAfile "$HERE/root-ca.pem" \
  -untrusted "$HERE/issuing-ca.pem" "$HERE/carrier-a.pem" "$HERE/carrier-b.pem" >/dev/null
if openssl verify -crl_check -CRLfile "$HERE/issuing-ca.crl" -CAfile "$HERE/root-ca.pem" \
    -untrusted "$HERE/issuing-ca.pem" "$HERE/carrier-a-revoked.pem" >/dev/null 2>&1; then
  echo "carrier-a-revoked.pem is not revoked by issuing-ca.crl" >&2; exit 1
fi
openssl verify -CAfile "$HERE/untrusted-root.pem" "$HERE/untrusted.pem" >/dev/null
for f in carrier-a carrier-b carrier-a-expired carrier-a-no-signing carrier-a-revoked untrusted tsa seal; do
  openssl pkcs12 -in "$HERE/$f.p12" -passin "pass:$PASS" -nokeys -noout 2>/dev/null \
    || { echo "cannot read $f.p12" >&2; exit 1; }
done

echo "Demo PKI written to $HERE (notBefore $START)"
