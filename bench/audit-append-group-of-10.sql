-- A possible group commit: one appender writes the entries of 10 waiting requests in one statement
-- and one commit, then answers all 10. Sequence numbers stay gap-free and in order.
with head as (update audit_head set size = size + 10 where id = 1 returning size)
insert into audit_entry (seq, recorded_at, event_type, actor_subject, actor_role, details)
  select size - 10 + k, now(), 'SEARCH', 'bench-pgbench', 'inspector', '{"page":0,"size":20}'
  from head, generate_series(1, 10) k;
