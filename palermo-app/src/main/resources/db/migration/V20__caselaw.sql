-- Court decisions on trafficking in persons and their Protocol coding (CONTRACTS.md §3).
-- The fact summary (and full text, when there is one) is a document of source type COURT_DECISION:
-- its plain text is the text every coding quote and offset points into.
create sequence court_decision_revision;

create table court_decision (
    id                  bigserial   primary key,
    case_key            text        not null unique,   -- the id the decision was imported under ("USA003")
    jurisdiction        char(3)     references country,
    court               text,
    name                text,
    case_number         text,
    decision_date       date,                          -- null when the date as written could not be read safely
    decision_year       integer,
    decision_date_text  text,                          -- always the date exactly as written
    date_warning        text,
    level               text        check (level in ('FIRST_INSTANCE', 'APPEAL', 'SUPREME')),
    outcome             text,
    sentences           text,
    source_url          text,
    document_id         bigint      not null references document,
    human_coded         boolean     not null,          -- the import carried a human coding
    content_sha256      char(64)    not null,          -- of the imported record, to make re-imports idempotent
    revision            bigint      not null default nextval('court_decision_revision'),
    imported_at         timestamptz not null default now(),
    imported_by         text        not null
);
create index court_decision_jurisdiction on court_decision (jurisdiction);

-- One row per coded value: list fields (acts, means, purposes, sectors) have a row per value.
-- origin says who coded it; status whether it counts (SUGGESTED by the coder and not yet reviewed,
-- ACCEPTED, or REJECTED by a reviewer). A coder's row carries its quote and offsets.
create table case_coding (
    id            bigserial   primary key,
    decision_id   bigint      not null references court_decision on delete cascade,
    field         text        not null,
    value         text        not null,
    origin        text        not null check (origin in ('IMPORTED', 'REVIEWED', 'CODER')),
    status        text        not null check (status in ('ACCEPTED', 'SUGGESTED', 'REJECTED')),
    quote         text,
    start_offset  integer,
    end_offset    integer,
    decided_by    text,
    decided_at    timestamptz,
    created_at    timestamptz not null default now(),
    check ((quote is null) = (start_offset is null) and (start_offset is null) = (end_offset is null)),
    check (end_offset is null or end_offset >= start_offset)
);
create index case_coding_decision on case_coding (decision_id);
create index case_coding_suggested on case_coding (status) where status = 'SUGGESTED';
