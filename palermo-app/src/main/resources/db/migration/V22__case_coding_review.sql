-- The coder's values in the review queue: which rule of which coder version suggested each one, with
-- what confidence (the rule's cross-validated figure on the development decisions), how a reviewer
-- judged it, and the bulk step that accepted it. Decisions made one by one feed each rule's accuracy.
alter table case_coding add column rule text;
alter table case_coding add column coder text;
alter table case_coding add column confidence double precision check (confidence is null or confidence between 0 and 1);
-- How a reviewer judged a coder's value: ACCEPTED, CORRECTED (the field was set to other values) or
-- REJECTED. Null while undecided, and for values that came from people.
alter table case_coding add column decision text check (decision in ('ACCEPTED', 'CORRECTED', 'REJECTED'));

-- A bulk step on coder values: a reviewer accepted every undecided suggestion at or above a confidence
-- within a filter. Undoing it returns those of its values nobody has decided on since to the suggestions.
create table case_bulk_step (
    id             bigserial   primary key,
    by_user        text        not null,
    at             timestamptz not null default now(),
    jurisdiction   char(3),
    field          text,
    min_confidence numeric     not null check (min_confidence between 0 and 1),
    labels         integer     not null,
    undone_by      text,
    undone_at      timestamptz,
    restored       integer
);
alter table case_coding add column bulk_step_id bigint references case_bulk_step;
create index case_coding_by_rule on case_coding (rule, coder, decision) where origin = 'CODER';
create index case_coding_by_bulk_step on case_coding (bulk_step_id) where bulk_step_id is not null;
