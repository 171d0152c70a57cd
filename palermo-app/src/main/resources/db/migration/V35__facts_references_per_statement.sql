-- The references of facts and extraction runs checked once per statement instead of once per row.
--
-- A foreign key runs one lookup (through SPI) per inserted row and per key: a million facts with six keys were
-- six million lookups, two thirds of the time of a bulk import (bench/facts). The same rule is kept here with
-- statement triggers over transition tables: after each INSERT or UPDATE, the rows it wrote are checked
-- against their parents in a few set-based queries, and the parents are locked FOR KEY SHARE as a foreign key
-- locks them, so that no parent can be deleted before the new rows commit. After each DELETE or UPDATE of a
-- parent, a parent that is gone while rows still refer to it fails the statement. Both raise the error a
-- foreign key raises (23503, foreign_key_violation), so callers see no difference.

alter table fact drop constraint fact_run_id_fkey,
                 drop constraint fact_document_id_fkey,
                 drop constraint fact_source_id_fkey,
                 drop constraint fact_country_fkey,
                 drop constraint fact_counterpart_fkey,
                 drop constraint fact_bulk_step_id_fkey;
alter table extraction_run drop constraint extraction_run_document_id_fkey;

create function fact_references_exist() returns trigger language plpgsql as $$
declare
    -- rows this transaction wrote cannot be deleted by another before it commits: they need no lock
    mine xid := (txid_current() % 4294967296)::text::xid;
    runs bigint[];
    docs bigint[];
    sources bigint[];
    countries text[];
    counterparts text[];
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
    -- one pass over the new rows for the distinct keys they refer to (a transition table is read from disk
    -- once it outgrows work_mem: one pass, not one per key)
    select array_agg(distinct run_id) filter (where run_id is not null),
           array_agg(distinct document_id) filter (where document_id is not null),
           array_agg(distinct source_id),
           array_agg(distinct country) filter (where country is not null),
           array_agg(distinct counterpart) filter (where counterpart is not null),
           array_agg(distinct bulk_step_id) filter (where bulk_step_id is not null)
    into runs, docs, sources, countries, counterparts, steps
    from (select run_id, document_id, source_id, country::text, counterpart::text, bulk_step_id from added) a;
    countries := coalesce(countries, '{}') || coalesce(counterparts, '{}');
    perform 1 from extraction_run p where p.id = any(runs) and not p.xmin = mine for key share;
    perform 1 from document p where p.id = any(docs) and not p.xmin = mine for key share;
    perform 1 from source p where p.id = any(sources) and not p.xmin = mine for key share;
    perform 1 from country p where p.iso3 = any(countries) and not p.xmin = mine for key share;
    perform 1 from fact_bulk_step p where p.id = any(steps) and not p.xmin = mine for key share;
    select coalesce(
        (select 'extraction_run ' || k from unnest(runs) k where not exists (select 1 from extraction_run p where p.id = k) limit 1),
        (select 'document ' || k from unnest(docs) k where not exists (select 1 from document p where p.id = k) limit 1),
        (select 'source ' || k from unnest(sources) k where not exists (select 1 from source p where p.id = k) limit 1),
        (select 'country ' || k from unnest(countries) k where not exists (select 1 from country p where p.iso3 = k) limit 1),
        (select 'fact_bulk_step ' || k from unnest(steps) k where not exists (select 1 from fact_bulk_step p where p.id = k) limit 1))
    into missing;
    if missing is not null then
        raise exception 'insert or update on table "fact" refers to a missing row: % is not present', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create trigger fact_references_on_insert after insert on fact
    referencing new table as added for each statement execute function fact_references_exist();
create trigger fact_references_on_update after update on fact
    referencing old table as prior new table as added for each statement execute function fact_references_exist();

create function extraction_run_references_exist() returns trigger language plpgsql as $$
declare
    -- rows this transaction wrote cannot be deleted by another before it commits: they need no lock
    mine xid := (txid_current() % 4294967296)::text::xid;
    docs bigint[];
    missing bigint;
begin
    select array_agg(distinct document_id) into docs from added;
    perform 1 from document p where p.id = any(docs) and not p.xmin = mine for key share;
    select k into missing from unnest(docs) k where not exists (select 1 from document p where p.id = k) limit 1;
    if missing is not null then
        raise exception 'insert or update on table "extraction_run" refers to a missing row: document % is not present', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create trigger extraction_run_references_on_insert after insert on extraction_run
    referencing new table as added for each statement execute function extraction_run_references_exist();
create trigger extraction_run_references_on_update after update on extraction_run
    referencing new table as added for each statement execute function extraction_run_references_exist();

-- The parents' side: a row that facts or runs still refer to cannot go away (nor change its key).
create function facts_parent_still_referred() returns trigger language plpgsql as $$
declare
    referred text;
begin
    if TG_TABLE_NAME = 'extraction_run' then
        select 'extraction_run ' || g.id into referred from gone g
        where not exists (select 1 from extraction_run p where p.id = g.id)
          and exists (select 1 from fact f where f.run_id = g.id) limit 1;
    elsif TG_TABLE_NAME = 'document' then
        select 'document ' || g.id into referred from gone g
        where not exists (select 1 from document p where p.id = g.id)
          and (exists (select 1 from fact f where f.document_id = g.id)
               or exists (select 1 from extraction_run r where r.document_id = g.id)) limit 1;
    elsif TG_TABLE_NAME = 'source' then
        select 'source ' || g.id into referred from gone g
        where not exists (select 1 from source p where p.id = g.id)
          and exists (select 1 from fact f where f.source_id = g.id) limit 1;
    elsif TG_TABLE_NAME = 'country' then
        select 'country ' || g.iso3 into referred from gone g
        where not exists (select 1 from country p where p.iso3 = g.iso3)
          and (exists (select 1 from fact f where f.country = g.iso3)
               or exists (select 1 from fact f where f.counterpart = g.iso3)) limit 1;
    elsif TG_TABLE_NAME = 'fact_bulk_step' then
        select 'fact_bulk_step ' || g.id into referred from gone g
        where not exists (select 1 from fact_bulk_step p where p.id = g.id)
          and exists (select 1 from fact f where f.bulk_step_id = g.id) limit 1;
    end if;
    if referred is not null then
        raise exception 'update or delete on table "%" removes a row facts still refer to: %', TG_TABLE_NAME, referred
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create trigger facts_refer_on_delete after delete on extraction_run
    referencing old table as gone for each statement execute function facts_parent_still_referred();
create trigger facts_refer_on_update after update on extraction_run
    referencing old table as gone for each statement execute function facts_parent_still_referred();
create trigger facts_refer_on_delete after delete on document
    referencing old table as gone for each statement execute function facts_parent_still_referred();
create trigger facts_refer_on_update after update on document
    referencing old table as gone for each statement execute function facts_parent_still_referred();
create trigger facts_refer_on_delete after delete on source
    referencing old table as gone for each statement execute function facts_parent_still_referred();
create trigger facts_refer_on_update after update on source
    referencing old table as gone for each statement execute function facts_parent_still_referred();
create trigger facts_refer_on_delete after delete on country
    referencing old table as gone for each statement execute function facts_parent_still_referred();
create trigger facts_refer_on_update after update on country
    referencing old table as gone for each statement execute function facts_parent_still_referred();
create trigger facts_refer_on_delete after delete on fact_bulk_step
    referencing old table as gone for each statement execute function facts_parent_still_referred();
create trigger facts_refer_on_update after update on fact_bulk_step
    referencing old table as gone for each statement execute function facts_parent_still_referred();
