-- The per-statement reference checks of V35, cheaper: whether every key a statement's rows refer to exists is
-- now one count per parent table over the sorted keys (a single index scan that walks the keys in order),
-- instead of one look-up per key; the parent that is missing is looked for only when a count comes up short,
-- to name it in the error. Same rule, same locks (FOR KEY SHARE on parents other transactions wrote), same
-- error (23503): the steps for one parent are V5's missing_reference(). A million-fact import spent a fifth of
-- its database time in these checks (bench/facts).

create or replace function fact_references_exist() returns trigger language plpgsql as $$
declare
    runs bigint[];
    docs bigint[];
    sources bigint[];
    countries text[];
    steps bigint[];
    missing text;
begin
    -- an update that changes no reference (a review decision) has nothing to check, as with a foreign key
    if TG_OP = 'UPDATE' then
        -- (nested: the old rows' table exists only for an UPDATE, and an expression is planned whole)
        if not exists (
                select 1 from added a join prior b on b.id = a.id
                where (a.run_id, a.document_id, a.source_id, a.country, a.counterpart, a.bulk_step_id)
                      is distinct from (b.run_id, b.document_id, b.source_id, b.country, b.counterpart, b.bulk_step_id)) then
            return null;
        end if;
    end if;
    -- one pass over the new rows for the distinct keys they refer to (a country and a counterpart are both countries)
    select array_agg(distinct run_id) filter (where run_id is not null),
           array_agg(distinct document_id) filter (where document_id is not null),
           array_agg(distinct source_id),
           array_agg(distinct bulk_step_id) filter (where bulk_step_id is not null)
    into runs, docs, sources, steps from added;
    select array_agg(distinct k) into countries from (
        select country::text from added union select counterpart::text from added) c(k) where k is not null;
    missing := coalesce(missing_reference('extraction_run', 'id', runs), missing_reference('document', 'id', docs),
                        missing_reference('source', 'id', sources), missing_reference('country', 'iso3', countries),
                        missing_reference('fact_bulk_step', 'id', steps));
    if missing is not null then
        raise exception 'insert or update on table "fact" refers to a missing row: % is not present', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

-- extraction runs refer to their document as paragraphs do (V5)
drop trigger extraction_run_references_on_insert on extraction_run;
drop trigger extraction_run_references_on_update on extraction_run;
create trigger extraction_run_references_on_insert after insert on extraction_run
    referencing new table as added for each statement execute function document_id_references_exist();
create trigger extraction_run_references_on_update after update on extraction_run
    referencing new table as added for each statement execute function document_id_references_exist();
drop function extraction_run_references_exist();
