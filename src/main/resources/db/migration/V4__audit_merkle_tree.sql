-- The RFC 9162 Merkle tree over audit_entry: the hash of every complete, aligned subtree
-- (level 0 = leaf hashes of the entries' canonical bytes, level L = 2^L leaves), written when the
-- entry that completes it is appended. Proofs read O(log n) of these rows.
create table audit_node (
    level smallint not null,
    idx   bigint   not null,
    hash  bytea    not null,
    primary key (level, idx)
);

-- Checkpoints: a tree size and root hash, signed with the Access Point's seal and timestamped.
create table audit_checkpoint (
    tree_size       bigint                   primary key,
    root_hash       bytea                    not null,
    created_at      timestamp with time zone not null,
    signed_bytes    bytea                    not null,
    signature       bytea                    not null,
    timestamp_reply bytea                    not null
);
