-- The per-statement reference checks of V35, cheaper: whether every key a statement's rows refer to exists is
-- now one count per parent table over the sorted keys (a single index scan that walks the keys in order),
-- instead of one look-up per key; the parent that is missing is looked for only when a count comes up short,
-- to name it in the error. Same rule, same locks (FOR KEY SHARE on parents other transactions wrote), same
-- error (23503). A million-fact import spent a fifth of its database time in these checks (bench/facts).

create or replace function fact_references_exist() returns trigger language plpgsql as $$
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
    -- one pass over the new rows for the distinct keys they refer to
    select array_agg(distinct run_id) filter (where run_id is not null),
           array_agg(distinct document_id) filter (where document_id is not null),
           array_agg(distinct source_id),
           array_agg(distinct country) filter (where country is not null),
           array_agg(distinct counterpart) filter (where counterpart is not null),
           array_agg(distinct bulk_step_id) filter (where bulk_step_id is not null)
    into runs, docs, sources, countries, counterparts, steps
    from (select run_id, document_id, source_id, country::text, counterpart::text, bulk_step_id from added) a;
    select array_agg(distinct k) into countries from unnest(coalesce(countries, '{}') || coalesce(counterparts, '{}')) k;
    perform 1 from extraction_run p where p.id = any(runs) and not p.xmin = mine for key share;
    perform 1 from document p where p.id = any(docs) and not p.xmin = mine for key share;
    perform 1 from source p where p.id = any(sources) and not p.xmin = mine for key share;
    perform 1 from country p where p.iso3 = any(countries) and not p.xmin = mine for key share;
    perform 1 from fact_bulk_step p where p.id = any(steps) and not p.xmin = mine for key share;
    -- the keys are distinct and the parents' keys unique: all are there when each count is the number of keys
    if (select count(*) from extraction_run p where p.id = any(runs)) = coalesce(cardinality(runs), 0)
       and (select count(*) from document p where p.id = any(docs)) = coalesce(cardinality(docs), 0)
       and (select count(*) from source p where p.id = any(sources)) = coalesce(cardinality(sources), 0)
       and (select count(*) from country p where p.iso3 = any(countries)) = coalesce(cardinality(countries), 0)
       and (select count(*) from fact_bulk_step p where p.id = any(steps)) = coalesce(cardinality(steps), 0) then
        return null;
    end if;
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

create or replace function extraction_run_references_exist() returns trigger language plpgsql as $$
declare
    -- rows this transaction wrote cannot be deleted by another before it commits: they need no lock
    mine xid := (txid_current() % 4294967296)::text::xid;
    docs bigint[];
    missing bigint;
begin
    select array_agg(distinct document_id) into docs from added;
    perform 1 from document p where p.id = any(docs) and not p.xmin = mine for key share;
    if (select count(*) from document p where p.id = any(docs)) = coalesce(cardinality(docs), 0) then
        return null;
    end if;
    select k into missing from unnest(docs) k where not exists (select 1 from document p where p.id = k) limit 1;
    if missing is not null then
        raise exception 'insert or update on table "extraction_run" refers to a missing row: document % is not present', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;
