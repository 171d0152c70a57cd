-- Patterns: the flows imported from research edge lists (what was read, what did not resolve), and a
-- change counter that lets analyses be cached without ever serving a stale answer.

-- One edge-list file imported as one document of one source (e.g. the US TIP report of one year).
create table flow_import (
    id          bigserial   primary key,
    document_id bigint      not null unique references document,
    source_id   bigint      not null references source,
    file_name   text        not null,
    year        integer     not null,
    lines       integer     not null,
    facts       integer     not null,
    unresolved  integer     not null,
    imported_at timestamptz not null default now(),
    imported_by text        not null
);

-- Every country name of an imported line that did not resolve to an ISO 3166-1 code: listed, never dropped silently.
create table flow_unresolved (
    import_id  bigint  not null references flow_import on delete cascade,
    line_no    integer not null,
    line       text    not null,
    name       text    not null,
    side       text    not null check (side in ('origin', 'destination')),
    reason     text    not null,
    primary key (import_id, line_no, side)
);

-- Bumped in the same transaction as any change to facts or sources. An analysis read in one snapshot
-- together with this number is valid for exactly that number: the cache compares, it never guesses.
create table patterns_data_version (
    id      boolean primary key default true check (id),
    version bigint  not null,
    last_tx xid8
);
insert into patterns_data_version (version) values (1);

create function patterns_bump_version() returns trigger language plpgsql as $$
begin
    -- once per transaction: a batch of 20,000 inserts bumps the number once, not 20,000 times
    update patterns_data_version set version = version + 1, last_tx = pg_current_xact_id()
    where last_tx is distinct from pg_current_xact_id();
    return null;
end $$;

create trigger fact_changed_patterns after insert or update or delete on fact
    for each statement execute function patterns_bump_version();
create trigger source_changed_patterns after insert or update or delete on source
    for each statement execute function patterns_bump_version();
