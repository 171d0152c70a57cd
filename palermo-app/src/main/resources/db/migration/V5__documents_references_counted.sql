-- The per-statement reference checks of V4, cheaper (V36 does the same for the facts): whether every key a
-- statement's rows refer to exists is one count per parent table over the sorted keys, instead of one look-up
-- per key; the missing parent is looked for only when a count comes up short, to name it. Same rule, same
-- locks, same error (23503). The steps for one parent table are missing_reference(), which V36 uses too.

-- The first of `keys` (distinct) that `parent` has no row for, as 'parent key'; null when all are there. Rows of
-- the parent that other transactions wrote are locked FOR KEY SHARE, as a foreign key would, so that they cannot
-- go before this transaction commits (rows this transaction wrote cannot be deleted by another: no lock).
create or replace function missing_reference(parent regclass, key_column text, keys anyarray) returns text
language plpgsql as $$
declare
    mine xid := (txid_current() % 4294967296)::text::xid;
    present bigint;
    missing text;
begin
    if keys is null or cardinality(keys) = 0 then
        return null;
    end if;
    execute format('select 1 from %s p where p.%I = any($1) and not p.xmin = $2 for key share', parent, key_column)
        using keys, mine;
    -- the keys are distinct and the parent's key unique: all are there when the count is the number of keys
    execute format('select count(*) from %s p where p.%I = any($1)', parent, key_column) into present using keys;
    if present = cardinality(keys) then
        return null;
    end if;
    execute format('select k::text from unnest($1) k where not exists (select 1 from %s p where p.%I = k) limit 1',
                   parent, key_column) into missing using keys;
    return parent::text || ' ' || missing;
end $$;

create or replace function document_references_exist() returns trigger language plpgsql as $$
declare
    sources bigint[];
    countries text[];
    missing text;
begin
    select array_agg(distinct source_id), array_agg(distinct country::text) filter (where country is not null)
    into sources, countries from (select source_id, country from added) a;
    missing := coalesce(missing_reference('source', 'id', sources), missing_reference('country', 'iso3', countries));
    if missing is not null then
        raise exception 'insert or update on table "document" refers to a missing row: % is not present', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

-- paragraphs and (V36) extraction runs: rows that refer to a document by document_id
create or replace function document_id_references_exist() returns trigger language plpgsql as $$
declare
    missing text := missing_reference('document', 'id', (select array_agg(distinct document_id) from added));
begin
    if missing is not null then
        raise exception 'insert or update on table "%" refers to a missing row: % is not present', TG_TABLE_NAME, missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

drop trigger paragraph_references_on_insert on paragraph;
drop trigger paragraph_references_on_update on paragraph;
create trigger paragraph_references_on_insert after insert on paragraph
    referencing new table as added for each statement execute function document_id_references_exist();
create trigger paragraph_references_on_update after update on paragraph
    referencing new table as added for each statement execute function document_id_references_exist();
drop function paragraph_references_exist();
