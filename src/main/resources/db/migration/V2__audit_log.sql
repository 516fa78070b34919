-- The Access Point's history: every submission, refusal, authority read, search and verification.
-- Entries are appended, never updated or deleted. `seq` is gap-free: it is assigned under the row
-- lock of `audit_head`, which also holds the number of entries.
create table audit_head (
    id   int    primary key check (id = 1),
    size bigint not null
);
insert into audit_head (id, size) values (1, 0);

create table audit_entry (
    seq                bigint                   primary key,
    recorded_at        timestamp with time zone not null,
    event_type         varchar(32)              not null,
    actor_subject      varchar(255)             not null,
    actor_role         varchar(32)              not null,
    actor_organisation varchar(255),
    note_id            uuid,
    request_id         varchar(64),
    control_reference  varchar(128),
    -- a flat JSON object: what was asked and what came of it (never a note's content)
    details            varchar(8000)            not null
);

create index audit_entry_note on audit_entry (note_id, seq);
create index audit_entry_actor on audit_entry (actor_subject, seq);
create index audit_entry_type on audit_entry (event_type, seq);
create index audit_entry_time on audit_entry (recorded_at);
