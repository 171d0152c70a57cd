-- The references of observations (to their release or submission) checked once per statement instead of once
-- per row: a GLOTIP release is ~60,000 rows, and two foreign-key lookups per row were a fifth of its import
-- (bench/statistics). Same rule, same error (23503): after each INSERT or UPDATE the rows it wrote are checked
-- against their parents, locked FOR KEY SHARE as a foreign key locks them; a release or submission that goes
-- away while observations refer to it fails the statement.

alter table stat_observation drop constraint stat_observation_release_id_fkey,
                             drop constraint stat_observation_submission_id_fkey;

create function stat_observation_references_exist() returns trigger language plpgsql as $$
declare
    -- rows this transaction wrote cannot be deleted by another before it commits: they need no lock
    mine xid := (txid_current() % 4294967296)::text::xid;
    releases bigint[];
    submissions bigint[];
    missing text;
begin
    -- an update that changes no reference has nothing to check, as with a foreign key
    if TG_OP = 'UPDATE' then
        -- (nested: the old rows' table exists only for an UPDATE, and an expression is planned whole)
        if not exists (
                select 1 from added a join prior b on b.id = a.id
                where (a.release_id, a.submission_id) is distinct from (b.release_id, b.submission_id)) then
            return null;
        end if;
    end if;
    select array_agg(distinct release_id) filter (where release_id is not null),
           array_agg(distinct submission_id) filter (where submission_id is not null)
    into releases, submissions from (select release_id, submission_id from added) a;
    perform 1 from stat_release p where p.id = any(releases) and not p.xmin = mine for key share;
    perform 1 from stat_submission p where p.id = any(submissions) and not p.xmin = mine for key share;
    select coalesce(
        (select 'stat_release ' || k from unnest(releases) k where not exists (select 1 from stat_release p where p.id = k) limit 1),
        (select 'stat_submission ' || k from unnest(submissions) k
         where not exists (select 1 from stat_submission p where p.id = k) limit 1))
    into missing;
    if missing is not null then
        raise exception 'insert or update on table "stat_observation" refers to a missing row: % is not present', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create trigger stat_observation_references_on_insert after insert on stat_observation
    referencing new table as added for each statement execute function stat_observation_references_exist();
create trigger stat_observation_references_on_update after update on stat_observation
    referencing old table as prior new table as added for each statement execute function stat_observation_references_exist();

create function stat_observation_parent_still_referred() returns trigger language plpgsql as $$
declare
    referred text;
begin
    if TG_TABLE_NAME = 'stat_release' then
        select 'stat_release ' || g.id into referred from gone g
        where not exists (select 1 from stat_release p where p.id = g.id)
          and exists (select 1 from stat_observation o where o.release_id = g.id) limit 1;
    elsif TG_TABLE_NAME = 'stat_submission' then
        select 'stat_submission ' || g.id into referred from gone g
        where not exists (select 1 from stat_submission p where p.id = g.id)
          and exists (select 1 from stat_observation o where o.submission_id = g.id) limit 1;
    end if;
    if referred is not null then
        raise exception 'update or delete on table "%" removes a row observations still refer to: %', TG_TABLE_NAME, referred
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create trigger stat_observation_refer_on_delete after delete on stat_release
    referencing old table as gone for each statement execute function stat_observation_parent_still_referred();
create trigger stat_observation_refer_on_update after update on stat_release
    referencing old table as gone for each statement execute function stat_observation_parent_still_referred();
create trigger stat_observation_refer_on_delete after delete on stat_submission
    referencing old table as gone for each statement execute function stat_observation_parent_still_referred();
create trigger stat_observation_refer_on_update after update on stat_submission
    referencing old table as gone for each statement execute function stat_observation_parent_still_referred();
