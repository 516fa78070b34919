-- One audit append as DatabaseAuditLog.append did it at commit 6cac0bc (same statements, same lock,
-- own commit; later commits also write audit_node rows under the lock),
-- for pgbench: how long the audit_head row lock is held with no application in between.
begin;
select size from audit_head where id = 1 for update;
insert into audit_entry (seq, recorded_at, event_type, actor_subject, actor_role, details)
  select size + 1, now(), 'SEARCH', 'bench-pgbench', 'inspector', '{"page":0,"size":20}' from audit_head where id = 1;
update audit_head set size = size + 1 where id = 1;
commit;
