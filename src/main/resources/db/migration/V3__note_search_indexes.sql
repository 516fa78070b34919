-- Indexes for the authorities' searches (newest first) at millions of notes.
create index consignment_note_carrier on consignment_note (carrier_id, received_at);
create index consignment_note_received on consignment_note (received_at);
create index consignment_note_taking_over on consignment_note (taking_over_date);
