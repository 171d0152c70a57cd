-- The version of the checklists' public data (versions, rounds, answers): bumped once per transaction that
-- changes them, so that a country's checklist section is kept until an answer, a round or a version changes
-- and not a moment longer (an answer shows in the next profile).
create table checklist_data_version (
    id      boolean primary key default true check (id),
    version bigint  not null,
    last_tx xid8
);
insert into checklist_data_version (version) values (1);

create function checklist_bump_data_version() returns trigger language plpgsql as $$
begin
    update checklist_data_version set version = version + 1, last_tx = pg_current_xact_id()
    where last_tx is distinct from pg_current_xact_id();
    return null;
end $$;

create trigger checklist_answer_changed after insert or update or delete or truncate on checklist_answer
    for each statement execute function checklist_bump_data_version();
create trigger checklist_round_changed after insert or update or delete or truncate on checklist_round
    for each statement execute function checklist_bump_data_version();
create trigger checklist_version_changed after insert or update or delete or truncate on checklist_version
    for each statement execute function checklist_bump_data_version();
create trigger checklist_item_changed after insert or update or delete or truncate on checklist_item
    for each statement execute function checklist_bump_data_version();
