-- The version of the published statistics: bumped in the same transaction as any change to the
-- observations (a GLOTIP import, a publication), so an answer computed after reading version N holds
-- data at least as new as N. Caches key their answers by it; a command-line import is seen by a
-- running server at its next request.
create table stat_data_version (
    id      boolean primary key default true check (id),
    version bigint  not null,
    last_tx xid8
);
insert into stat_data_version (version) values (1);

create function stat_bump_data_version() returns trigger language plpgsql as $$
begin
    -- once per transaction: an import of 58,000 rows bumps the number once
    update stat_data_version set version = version + 1, last_tx = pg_current_xact_id()
    where last_tx is distinct from pg_current_xact_id();
    return null;
end $$;

create trigger stat_observation_changed after insert or update or delete or truncate on stat_observation
    for each statement execute function stat_bump_data_version();
