-- Accepted e-CMR consignment notes. A row is written once and never changed: `original` holds the
-- exact bytes the carrier sent (a JAdES JWS), `timestamp_reply` the RFC 3161 TimeStampResp over
-- their SHA-256; every other column is extracted from those two and can be re-derived from them.
create table consignment_note (
    id                   uuid                     primary key,
    carrier_id           varchar(64)              not null,
    ecmr_number          varchar(64)              not null,
    received_at          timestamp with time zone not null,
    serialization        varchar(16)              not null,
    original             bytea                    not null,
    payload_digest       varchar(64)              not null,
    signature_algorithm  varchar(8)               not null,
    signing_time         timestamp with time zone not null,
    signer_subject       varchar(1024)            not null,
    signer_issuer        varchar(1024)            not null,
    signer_serial        varchar(64)              not null,
    signer_org_id        varchar(64),
    timestamp_reply      bytea                    not null,
    timestamp_gen_time   timestamp with time zone not null,
    timestamp_serial     varchar(64)              not null,
    timestamp_tsa        varchar(1024)            not null,
    vehicle_registration varchar(20)              not null,
    -- the registration in capitals without spaces or dashes, as inspectors search by it
    vehicle_key          varchar(20)              not null,
    taking_over_date     date                     not null,
    constraint consignment_note_carrier_number unique (carrier_id, ecmr_number)
);

create index consignment_note_ecmr_number on consignment_note (ecmr_number);
create index consignment_note_vehicle on consignment_note (vehicle_key, received_at);
