-- The references of documents (to their source and country) and of paragraphs (to their document) checked
-- once per statement instead of once per row, for bulk imports of documents (see V35 for the facts, which
-- explains the why). Same rules, same error (23503): after each INSERT or UPDATE the rows it wrote are checked
-- against their parents, which are locked FOR KEY SHARE as a foreign key locks them; a parent that goes away
-- while rows refer to it fails the statement; deleting a document deletes its paragraphs, as before.

alter table document drop constraint document_source_id_fkey,
                     drop constraint document_country_fkey;
alter table paragraph drop constraint paragraph_document_id_fkey;

create function document_references_exist() returns trigger language plpgsql as $$
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

create trigger document_references_on_insert after insert on document
    referencing new table as added for each statement execute function document_references_exist();
create trigger document_references_on_update after update on document
    referencing new table as added for each statement execute function document_references_exist();

create function paragraph_references_exist() returns trigger language plpgsql as $$
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
        raise exception 'insert or update on table "paragraph" refers to a missing row: document % is not present', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create trigger paragraph_references_on_insert after insert on paragraph
    referencing new table as added for each statement execute function paragraph_references_exist();
create trigger paragraph_references_on_update after update on paragraph
    referencing new table as added for each statement execute function paragraph_references_exist();

-- The parents' side: sources and countries documents refer to stay; a deleted document takes its paragraphs.
create function documents_parent_still_referred() returns trigger language plpgsql as $$
declare
    referred text;
begin
    if TG_TABLE_NAME = 'source' then
        select 'source ' || g.id into referred from gone g
        where not exists (select 1 from source p where p.id = g.id)
          and exists (select 1 from document d where d.source_id = g.id) limit 1;
    elsif TG_TABLE_NAME = 'country' then
        select 'country ' || g.iso3 into referred from gone g
        where not exists (select 1 from country p where p.iso3 = g.iso3)
          and exists (select 1 from document d where d.country = g.iso3) limit 1;
    elsif TG_TABLE_NAME = 'document' then
        if TG_OP = 'DELETE' then
            delete from paragraph where document_id in (select id from gone);
        else
            select 'document ' || g.id into referred from gone g
            where not exists (select 1 from document p where p.id = g.id)
              and exists (select 1 from paragraph x where x.document_id = g.id) limit 1;
        end if;
    end if;
    if referred is not null then
        raise exception 'update or delete on table "%" removes a row documents still refer to: %', TG_TABLE_NAME, referred
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create trigger documents_refer_on_delete after delete on source
    referencing old table as gone for each statement execute function documents_parent_still_referred();
create trigger documents_refer_on_update after update on source
    referencing old table as gone for each statement execute function documents_parent_still_referred();
create trigger documents_refer_on_delete after delete on country
    referencing old table as gone for each statement execute function documents_parent_still_referred();
create trigger documents_refer_on_update after update on country
    referencing old table as gone for each statement execute function documents_parent_still_referred();
create trigger documents_refer_on_delete after delete on document
    referencing old table as gone for each statement execute function documents_parent_still_referred();
create trigger documents_refer_on_update after update on document
    referencing old table as gone for each statement execute function documents_parent_still_referred();
