-- The version of the registry's projects: bumped once per transaction that changes them, so that answers
-- computed from all projects (overlaps, the matrix) are kept until the next change and no longer.
create table assistance_data_version (
    id      boolean primary key default true check (id),
    version bigint  not null,
    last_tx xid8
);
insert into assistance_data_version (version) values (1);

create function assistance_bump_data_version() returns trigger language plpgsql as $$
begin
    update assistance_data_version set version = version + 1, last_tx = pg_current_xact_id()
    where last_tx is distinct from pg_current_xact_id();
    return null;
end $$;

create trigger assistance_project_changed after insert or update or delete or truncate on assistance_project
    for each statement execute function assistance_bump_data_version();
create trigger assistance_project_org_changed after insert or update or delete or truncate on assistance_project_org
    for each statement execute function assistance_bump_data_version();
create trigger assistance_project_country_changed after insert or update or delete or truncate on assistance_project_country
    for each statement execute function assistance_bump_data_version();
create trigger assistance_project_pillar_changed after insert or update or delete or truncate on assistance_project_pillar
    for each statement execute function assistance_bump_data_version();
create trigger assistance_project_measure_changed after insert or update or delete or truncate on assistance_project_measure
    for each statement execute function assistance_bump_data_version();
create trigger assistance_project_sector_changed after insert or update or delete or truncate on assistance_project_sector
    for each statement execute function assistance_bump_data_version();
create trigger assistance_org_changed after insert or update or delete or truncate on assistance_org
    for each statement execute function assistance_bump_data_version();
