-- Bulk accept in the review queue, and each rule's accuracy learned from the reviewers' decisions.

-- One bulk step: a reviewer accepted every undecided suggestion at or above a confidence within a
-- filter. Undoing it returns those of its facts that nobody has decided on since to the suggestions.
create table fact_bulk_step (
    id             bigserial   primary key,
    by_user        text        not null,
    at             timestamptz not null default now(),
    document_id    bigint      references document,
    country        char(3)     references country,
    type           text,
    min_confidence numeric     not null check (min_confidence between 0 and 1),
    facts          integer     not null,
    undone_by      text,
    undone_at      timestamptz,
    restored       integer
);

-- The bulk step whose acceptance a fact still carries; any later decision on the fact clears it.
alter table fact add column bulk_step_id bigint references fact_bulk_step;
alter table fact_decision add column bulk_step_id bigint references fact_bulk_step;
create index fact_by_bulk_step on fact (bulk_step_id) where bulk_step_id is not null;

-- Decided extracted facts per rule and extractor version: the accuracy table reads only this index.
create index fact_decided_by_rule on fact (rule, extractor, status, bulk_step_id)
    where run_id is not null and status in ('ACCEPTED', 'CORRECTED', 'REJECTED');
