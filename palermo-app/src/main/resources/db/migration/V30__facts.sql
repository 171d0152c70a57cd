-- Facts drawn from documents: suggestions from the extractor (or curated imports), and the review
-- decisions on them. Columns follow CONTRACTS.md §2; the extractor's full JSON is kept in `data`.
create table extraction_run (
    id          bigserial   primary key,
    document_id bigint      not null references document,
    extractor   text        not null,
    started_at  timestamptz not null default now(),
    facts       integer     not null default 0,
    unique (document_id, extractor)
);

create table fact (
    id            bigserial   primary key,
    run_id        bigint      references extraction_run,
    document_id   bigint      references document,
    source_id     bigint      not null references source,
    type          text        not null check (type in ('statistic', 'country_role', 'event')),
    country       char(3)     references country,
    org           text,
    -- country_role
    role          text        check (role in ('ORIGIN', 'DESTINATION', 'TRANSIT', 'INTERNAL')),
    counterpart   char(3)     references country,
    forms         text[]      not null default '{}',
    victim_groups text[]      not null default '{}',
    -- statistic
    metric        text,
    value         numeric,
    qualifier     text,
    unit          text,
    period_from   text,
    period_to     text,
    -- event
    event         text,
    event_date    text,
    -- the year the fact is about (period, date, or the source's year), for trends
    year          integer,
    -- provenance
    quote         text        not null,
    start_offset  integer,
    end_offset    integer,
    paragraph     text,
    confidence    real        not null default 1.0 check (confidence between 0 and 1),
    rule          text,
    extractor     text        not null,
    data          jsonb       not null,
    status        text        not null default 'SUGGESTED'
                              check (status in ('SUGGESTED', 'ACCEPTED', 'CORRECTED', 'REJECTED', 'SUPERSEDED')),
    created_at    timestamptz not null default now(),
    check (end_offset is null or end_offset >= start_offset)
);
create index fact_document on fact (document_id);
create index fact_status on fact (status, type);
create index fact_role on fact (type, role, country) where type = 'country_role';

create table fact_decision (
    id        bigserial   primary key,
    fact_id   bigint      not null references fact,
    decision  text        not null check (decision in ('ACCEPT', 'CORRECT', 'REJECT', 'REOPEN')),
    by_user   text        not null,
    at        timestamptz not null default now(),
    before    jsonb,
    after     jsonb,
    comment   text
);
create index fact_decision_fact on fact_decision (fact_id);

-- The read API of this module for analyses (patterns, reports): live facts with their source.
-- "Live" = not rejected and not superseded; `reviewed` tells accepted/corrected from suggestions.
create view fact_view as
select f.id, f.type, f.country, f.org, f.role, f.counterpart, f.forms, f.victim_groups,
       f.metric, f.value, f.qualifier, f.unit, f.period_from, f.period_to, f.event, f.event_date,
       f.year, f.status, f.status in ('ACCEPTED', 'CORRECTED') as reviewed, f.confidence,
       f.document_id, f.source_id, s.source_type, s.name as source_name, f.quote, f.paragraph, f.rule, f.extractor
from fact f join source s on s.id = f.source_id
where f.status not in ('REJECTED', 'SUPERSEDED');
