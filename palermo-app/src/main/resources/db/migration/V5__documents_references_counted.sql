-- The per-statement reference checks of V4, cheaper (as V36 does for the facts): whether every key a
-- statement's rows refer to exists is one count per parent table over the sorted keys, instead of one look-up
-- per key; the missing parent is looked for only when a count comes up short, to name it. Same rule, same
-- locks, same error (23503).

create or replace function document_references_exist() returns trigger language plpgsql as $$
declare
    -- rows this transaction wrote cannot be deleted by another before it commits: they need no lock
    mine xid := (txid_current() % 4294967296)::text::xid;
    sources bigint[];
    countries text[];
    missing text;
begin
    select array_agg(distinct source_id), array_agg(distinct country::text) filter (where country is not null)
    into sources, countries from (select source_id, country from added) a;
    perform 1 from source p where p.id = any(sources) and not p.xmin = mine for key share;
    perform 1 from country p where p.iso3 = any(countries) and not p.xmin = mine for key share;
    if (select count(*) from source p where p.id = any(sources)) = coalesce(cardinality(sources), 0)
       and (select count(*) from country p where p.iso3 = any(countries)) = coalesce(cardinality(countries), 0) then
        return null;
    end if;
    select coalesce(
        (select 'source ' || k from unnest(sources) k where not exists (select 1 from source p where p.id = k) limit 1),
        (select 'country ' || k from unnest(countries) k where not exists (select 1 from country p where p.iso3 = k) limit 1))
    into missing;
    if missing is not null then
        raise exception 'insert or update on table "document" refers to a missing row: % is not present', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create or replace function paragraph_references_exist() returns trigger language plpgsql as $$
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
        raise exception 'insert or update on table "paragraph" refers to a missing row: document % is not present', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;
