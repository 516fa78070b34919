#!/usr/bin/env bash
# Fills the benchmark database with consignment notes, directly in SQL (no signing, no TSA), so that
# the inspection benchmark runs on a production-sized table in minutes.
#
# Usage: bench/seed-notes.sh [N]        N = total notes wanted in the table (default 1000000)
#
# The schema must exist: start the Access Point once on the database first (Flyway creates it;
# bench/run-inspection.sh does this). Notes are added until the table holds N; running it again
# adds nothing. Every generated note is plausible and internally consistent:
#   - ~2,000 carriers (VAT-based ids as in the sample realm), each owning ~25 vehicles;
#   - ~50,000 vehicles with registrations in their country's format (NL 12-ABC-3, BE 1-ABC-234,
#     DE B-AB 1234, FR AB-123-CD, ...), written with dashes, spaces, without separators or in
#     lower case from note to note; vehicle_key is normalised exactly as the app does
#     (upper case, no spaces or dashes), so every spelling of a plate finds all its notes;
#   - unique e-CMR numbers CC-YYYY-nnnnnnnnnn; received_at spread evenly over the last two
#     years in insertion order (like a real append-only table), the taking-over date 0-2 days
#     before it, the signing time up to an hour before, the timestamp 50 ms after;
#   - `original` and `timestamp_reply` are the bytes of a real submission: those of the oldest
#     note in the table not made by this script (bench/run-inspection.sh submits the signed
#     sample once for that); without one, the sample JWS and a fixed 3 KB reply.
#
# Environment: PG_HOST 127.0.0.1, PG_PORT 5432, PG_USER postgres, BENCH_DB ecmr_bench,
#              SEED_BATCH 100000 (notes per INSERT statement; all of them in one transaction).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-1000000}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
BENCH_DB="${BENCH_DB:-ecmr_bench}"
SEED_BATCH="${SEED_BATCH:-100000}"
SAMPLE_JWS="$ROOT/openapi/examples/consignment-note.jws"

[[ "$BENCH_DB" != "ecmr_test" ]] || { echo "seed: refusing to write into the test database" >&2; exit 1; }
[[ "$N" =~ ^[0-9]+$ ]] || { echo "usage: $0 [N]" >&2; exit 2; }

psql_bench() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" "$@"; }
log() { printf '[seed] %s\n' "$*"; }

if [[ "$(psql_bench -tAc "select to_regclass('public.consignment_note') is not null")" != "t" ]]; then
  echo "seed: $BENCH_DB has no consignment_note table; start the Access Point on it once (Flyway)" >&2
  exit 1
fi

# Generated numbers look like NL-2025-0000123456; the count of such rows is where this run resumes.
BENCH_NUMBER="'^[A-Z]{2}-20[0-9]{2}-[0-9]{10}\$'"
total="$(psql_bench -tAc "select count(*) from consignment_note")"
done_before="$(psql_bench -tAc "select count(*) from consignment_note where ecmr_number ~ $BENCH_NUMBER")"
missing=$((N - total))
if ((missing <= 0)); then
  log "$BENCH_DB already holds $total notes (>= $N): nothing to do"
  exit 0
fi
log "$BENCH_DB holds $total notes; adding $missing (batches of $SEED_BATCH)"
t_start=$SECONDS

# ---------------------------------------------------------------- helper tables (schema bench)
psql_bench -v sample_b64="$(base64 -w0 "$SAMPLE_JWS")" -v bench_number="$BENCH_NUMBER" <<'SQL'
create schema if not exists bench;
drop table if exists bench.template, bench.vehicle;

-- The bytes and TSA of a real submission, else the signed sample and a fixed 3 KB stand-in reply.
create table bench.template as
select serialization, original, signature_algorithm, signer_issuer, timestamp_reply, timestamp_tsa
from consignment_note where ecmr_number !~ :bench_number
order by received_at limit 1;
insert into bench.template
select 'COMPACT', decode(:'sample_b64', 'base64'), 'ES256',
       'CN=e-CMR Demo Carrier Issuing CA,O=e-CMR Access Point Demo,C=NL',
       (select string_agg(sha256(int4send(k)), ''::bytea) from generate_series(1, 96) k),
       'CN=e-CMR Demo TSA,O=e-CMR Access Point Demo,C=NL'
where not exists (select 1 from bench.template);

-- Fills a registration pattern (9 = digit, A = letter, anything else kept) from v, right to left,
-- after scattering v over the pattern's whole range (v * a prime coprime to 10 and 26, modulo the
-- range): injective for each pattern, so 50,000 vehicles give 50,000 distinct keys.
create or replace function bench.plate(pattern text, v bigint) returns text
language plpgsql immutable as $$
declare
  out text := '';
  c text;
  range bigint := (10 ^ (length(pattern) - length(replace(pattern, '9', ''))))
                * (26 ^ (length(pattern) - length(replace(pattern, 'A', ''))));
begin
  v := (v * 1000003) % range;
  for k in reverse length(pattern)..1 loop
    c := substr(pattern, k, 1);
    if c = '9' then
      out := chr(48 + (v % 10)::int) || out; v := v / 10;
    elsif c = 'A' then
      out := chr(65 + (v % 26)::int) || out; v := v / 26;
    else
      out := c || out;
    end if;
  end loop;
  return out;
end $$;

-- 50,000 vehicles; vehicle v belongs to carrier v % 2000, registered in that carrier's country.
create table bench.vehicle as
with c(idx, cc, pattern) as (values
  (0, 'NL', '99-AAA-9'), (1, 'BE', '9-AAA-999'), (2, 'DE', 'A-AA 9999'), (3, 'FR', 'AA-999-AA'),
  (4, 'PL', 'AA 99999'), (5, 'LU', 'AA 9999'),   (6, 'ES', '9999 AAA'),  (7, 'NL', '9-AAA-99'))
select v, v % 2000 as carrier, c.cc,
       'VAT' || c.cc || '-' || c.cc || lpad((100000 + v % 2000)::text, 9, '0') || 'B01' as carrier_id,
       bench.plate(c.pattern, v) as registration
from generate_series(0, 49999) v join c on c.idx = (v % 2000) % 8;
alter table bench.vehicle add primary key (v);
analyze bench.vehicle;
SQL
log "helper tables ready ($(psql_bench -tAc "select pg_size_pretty(octet_length(original)::bigint) || ' original, ' || pg_size_pretty(octet_length(timestamp_reply)::bigint) || ' timestamp reply' from bench.template"))"

# ---------------------------------------------------------------- the notes, in one transaction
# One transaction: a failed run leaves the table as it was. For a large load the secondary indexes
# (not those behind the primary key and the unique constraint) are dropped first and rebuilt at
# the end from their own definitions, which is faster than maintaining them row by row.
first=$((done_before + 1))
last=$((done_before + missing))
rebuild_indexes=$((missing >= 100000 ? 1 : 0))
script="$(mktemp)"
trap 'rm -f "$script"' EXIT
{
  echo "set client_min_messages = warning;"
  echo "\\timing on"
  echo "begin;"
  echo "create temp table dropped_index on commit drop as"
  echo "  select indexname, indexdef from pg_indexes i where schemaname = 'public' and tablename = 'consignment_note'"
  echo "  and $rebuild_indexes = 1 and not exists (select 1 from pg_constraint c where c.conindid = to_regclass('public.' || quote_ident(i.indexname)));"
  echo "\\echo '[seed] dropping secondary indexes for the load:' $rebuild_indexes"
  echo "select format('drop index public.%I', indexname) from dropped_index \\gexec"
  for ((lo = first; lo <= last; lo += SEED_BATCH)); do
    hi=$((lo + SEED_BATCH - 1)); ((hi <= last)) || hi=$last
    echo "\\echo '[seed] notes $lo..$hi of $last'"
    echo "\\set lo $lo"
    echo "\\set hi $hi"
    echo "\\set n $last"
    cat <<'SQL'
insert into consignment_note (id, carrier_id, ecmr_number, received_at, serialization, original, payload_digest,
    signature_algorithm, signing_time, signer_subject, signer_issuer, signer_serial, signer_org_id, timestamp_reply,
    timestamp_gen_time, timestamp_serial, timestamp_tsa, vehicle_registration, vehicle_key, taking_over_date)
select gen_random_uuid(), v.carrier_id,
       v.cc || '-' || extract(year from r.received_at)::int || '-' || lpad(g.i::text, 10, '0'),
       r.received_at, t.serialization, t.original,
       encode(sha256(int8send(g.i)), 'hex'),
       t.signature_algorithm,
       r.received_at - make_interval(secs => 30 + (g.h2 % 3600)),
       'CN=' || (array['Jan de Vries','Sofie Peeters','Lukas Müller','Camille Martin','Piotr Nowak',
                       'Marie Schmit','Javier García','Anna Kowalska','Pieter Janssens','Emma Bakker'])[1 + (g.h2 % 10)::int]
         || ',organizationIdentifier=' || v.carrier_id
         || ',O=Carrier ' || v.carrier || ' ' || (array['B.V.','NV','GmbH','SAS','Sp. z o.o.','S.à r.l.','S.L.','B.V.'])[1 + (v.carrier % 8)::int]
         || ',C=' || v.cc,
       t.signer_issuer,
       lpad(to_hex(g.h3 % 281474976710655), 12, '0') || lpad(to_hex(v.carrier), 4, '0'),
       v.carrier_id, t.timestamp_reply,
       r.received_at + interval '50 milliseconds',
       upper(lpad(to_hex(g.i * 7919 + 4096), 16, '0')),
       t.timestamp_tsa,
       case g.i % 4 when 0 then v.registration
                    when 1 then replace(v.registration, '-', '')
                    when 2 then replace(v.registration, '-', ' ')
                    else lower(v.registration) end,
       upper(regexp_replace(v.registration, '[\s-]', '', 'g')),
       (r.received_at - make_interval(days => (g.h2 % 3)::int))::date
-- three independent pseudo-random numbers per note (non-negative), the same on every run
from (select i, hashint8extended(i, 1) & 9223372036854775807 as h1, hashint8extended(i, 2) & 9223372036854775807 as h2,
             hashint8extended(i, 3) & 9223372036854775807 as h3
      from generate_series(:lo::bigint, :hi::bigint) i) g
cross join bench.template t
join bench.vehicle v on v.v = g.h1 % 50000
-- even spread over the two years before now, in insertion order, with up to 10 minutes of jitter
cross join lateral (select now() - interval '730 days'
                         + make_interval(secs => g.i * (730 * 86400.0 / :n) + (g.h3 % 600) - 600) as received_at) r;
SQL
  done
  echo "\\echo '[seed] rebuilding secondary indexes'"
  echo "select indexdef from dropped_index \\gexec"
  echo "commit;"
} >"$script"
psql_bench -f "$script"

psql_bench -c "drop schema bench cascade" >/dev/null
t0=$SECONDS
psql_bench -c "vacuum (analyze) consignment_note"
log "vacuum analyze in $((SECONDS - t0)) s"
log "done: $(psql_bench -tAc "select count(*) || ' notes, ' || count(distinct vehicle_key) || ' vehicles, ' || count(distinct carrier_id) || ' carriers, table with TOAST and indexes ' || pg_size_pretty(pg_total_relation_size('consignment_note')) from consignment_note") in $((SECONDS - t_start)) s"
