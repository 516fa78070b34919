-- A possible shorter append: the lock taken by the update, the entry inserted in the same
-- statement, committed at once (autocommit). One round trip under the lock instead of three.
with head as (update audit_head set size = size + 1 where id = 1 returning size)
insert into audit_entry (seq, recorded_at, event_type, actor_subject, actor_role, details)
  select size, now(), 'SEARCH', 'bench-pgbench', 'inspector', '{"page":0,"size":20}' from head;
