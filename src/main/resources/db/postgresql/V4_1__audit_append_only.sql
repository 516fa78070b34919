-- The history is append-only, whoever connects: no role may change or remove an entry, a node of
-- its Merkle tree or a checkpoint. Privileges are revoked, and a trigger refuses what privileges
-- alone cannot stop (the tables' owner and superusers).
revoke update, delete, truncate on audit_entry, audit_node, audit_checkpoint from public;
revoke update, delete, truncate on audit_entry, audit_node, audit_checkpoint from current_user;

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
create trigger audit_node_append_only before update or delete on audit_node
    for each row execute function audit_refuse_change();
create trigger audit_node_no_truncate before truncate on audit_node
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();
