-- Each note's PDF copy, rendered once on first request and kept, so that a note's PDF is
-- byte-stable once served (its seal and QR code included).
create table consignment_note_pdf (
    note_id     uuid                     primary key references consignment_note (id),
    pdf         bytea                    not null,
    rendered_at timestamp with time zone not null
);
