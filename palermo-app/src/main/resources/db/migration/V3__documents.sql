-- Sources (who published what) and the documents ingested from them.
create table source (
    id          bigserial   primary key,
    name        text        not null unique,
    source_type text        not null check (source_type in ('OFFICIAL_STATISTICS','INTERNATIONAL_ORGANISATION','NGO',
                                 'ACADEMIC','CONFERENCE_PAPER','MEDIA','COURT_DECISION','STATE_REPLY')),
    publisher   text,
    published   text,
    reliability char(1)     check (reliability in ('A','B','C','D','E')),
    url         text,
    created_at  timestamptz not null default now()
);

-- The plain text is stored once and never re-derived: every offset points into it.
create table document (
    id             bigserial   primary key,
    source_id      bigint      not null references source,
    title          text        not null,
    file_name      text        not null,
    media_type     text        not null,
    content_sha256 char(64)    not null unique,
    plain_text     text        not null,
    country        char(3)     references country,
    ingested_at    timestamptz not null default now(),
    ingested_by    text        not null
);

create table paragraph (
    document_id  bigint  not null references document on delete cascade,
    idx          integer not null,
    number       text,
    anchor       text    not null,
    start_offset integer not null,
    end_offset   integer not null check (end_offset > start_offset),
    primary key (document_id, idx),
    unique (document_id, anchor)
);
