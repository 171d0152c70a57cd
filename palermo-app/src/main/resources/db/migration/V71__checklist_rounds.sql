-- Reporting rounds and the answers of each country in them. A round is worded by one checklist version;
-- answers are kept per round, so progress over rounds reads measure identities, not wordings.
-- Who sees what: the public reads submitted answers of published rounds; a focal point also its own
-- country's drafts; analysts and administrators everything.
create table checklist_round (
    id           bigserial   primary key,
    checklist_id text        not null references checklist,
    version_id   bigint      not null references checklist_version,
    name         text        not null check (length(name) between 1 and 60),
    opened_by    text        not null,
    opened_at    timestamptz not null default now(),
    published_by text,
    published_at timestamptz,
    closed_by    text,
    closed_at    timestamptz,
    unique (checklist_id, name)
);

create table checklist_answer (
    id                   bigserial   primary key,
    round_id             bigint      not null references checklist_round,
    measure_id           bigint      not null references checklist_measure,
    country              char(3)     not null references country,
    status               text        not null check (status in ('NOT_IN_PLACE', 'PLANNED', 'PARTIALLY_IN_PLACE',
                                                                'IN_PLACE', 'NOT_APPLICABLE')),
    evidence_document_id bigint,
    evidence_anchor      text,
    evidence_url         text,
    evidence_excerpt     text,
    ta_needs             text        check (length(ta_needs) <= 4000),
    obstacles            text        check (length(obstacles) <= 4000),
    submitted            boolean     not null default false,
    revision             integer     not null default 1,
    updated_by           text        not null,
    updated_at           timestamptz not null default now(),
    unique (round_id, measure_id, country),
    check ((evidence_document_id is null) = (evidence_anchor is null)),
    check (evidence_url is null or evidence_document_id is null)
);
create index checklist_answer_by_country on checklist_answer (country, round_id);
