-- The authorities' searches answered from the index alone (PostgreSQL index-only scans): each index
-- holds, in the search's order, every column a search result shows, so a page of 20 results reads a
-- few index pages instead of up to 20 table rows scattered over the disk. PostgreSQL only (INCLUDE);
-- development on H2 keeps the plain indexes of V1 and V3.
create index consignment_note_vehicle_page on consignment_note (vehicle_key, received_at, id)
    include (ecmr_number, carrier_id, vehicle_registration, taking_over_date);
create index consignment_note_number_page on consignment_note (ecmr_number, received_at, id)
    include (carrier_id, vehicle_registration, taking_over_date);
create index consignment_note_carrier_page on consignment_note (carrier_id, received_at, id)
    include (ecmr_number, vehicle_registration, taking_over_date);
drop index consignment_note_vehicle;
drop index consignment_note_ecmr_number;
drop index consignment_note_carrier;
