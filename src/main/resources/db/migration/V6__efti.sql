-- e-FTI: the registration of each note's identifiers with the gate, and authorities' follow-ups.

-- A transactional outbox: a row is written in the transaction that stores its note, and a worker
-- delivers it to the gate (claimed with FOR UPDATE SKIP LOCKED, so that several instances share the
-- work without sending one registration twice at once). `version` counts the states to register;
-- it is delivered when `delivered_version` has caught up. Rows are kept once delivered: they are the
-- delivery record auditors read.
create table efti_registration (
    dataset_id        uuid                     primary key references consignment_note (id),
    state             varchar(16)              not null,
    version           integer                  not null,
    delivered_version integer,
    attempts          integer                  not null,
    created_at        timestamp with time zone not null,
    next_attempt_at   timestamp with time zone not null,
    last_attempt_at   timestamp with time zone,
    last_error        varchar(512),
    delivered_at      timestamp with time zone
);

create index efti_registration_due on efti_registration (state, next_attempt_at);

-- Follow-up messages authorities sent about a note through a gate; never changed once written.
create table efti_follow_up (
    id          uuid                     primary key,
    dataset_id  uuid                     not null references consignment_note (id),
    received_at timestamp with time zone not null,
    -- the gate's client, the subject of its token
    gate        varchar(255)             not null,
    request_id  varchar(64),
    message     varchar(20000)           not null
);

create index efti_follow_up_dataset on efti_follow_up (dataset_id, received_at);
