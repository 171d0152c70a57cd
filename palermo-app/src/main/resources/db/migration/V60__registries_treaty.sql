-- Registries, part 1: treaty participation and the US TIP tier history.
--
-- Treaty participation is time-stamped: every entry is what one source says about one country and one
-- instrument, dated by an interval (a day, a month or a year), and the status at any date is computed from the
-- entries (TreatyStatuses), never stored. Seed 003 lists Greece as a non-party in 2009 and seed 004 dates its
-- ratification 2011: two entries, both true at their dates. Entries are never deleted: a wrong one is retracted
-- (who, when, why), so the registry can always say what it said before.
create table treaty_entry (
    id                bigserial   primary key,
    country           char(3)     not null,
    instrument        text        not null default 'TIP_PROTOCOL' check (instrument in ('TIP_PROTOCOL')),
    -- acts (signed, ratified, acceded, accepted, approved, succeeded) and statements about a status at a date
    action            text        not null check (action in ('SIGNED', 'RATIFIED', 'ACCEDED', 'ACCEPTED', 'APPROVED',
                                                             'SUCCEEDED', 'PARTY', 'NOT_PARTY', 'IN_PROCESS')),
    date_from         date        not null,
    date_to           date        not null,
    source            text        not null,
    source_kind       text        not null check (source_kind in ('TREATY_DATASET', 'RESEARCH_DATASET', 'DOCUMENT', 'ANALYST')),
    document          text,        -- file name of a document held by Palermo, when the source is one
    document_id       bigint,      -- that document, resolved when the entry was written
    anchor            text,        -- the paragraph of the words in it ("p2", "b22")
    location          text,        -- where in it: "¶2", "§I.A, footnote 3"
    quote             text,
    listed_as         text,        -- the country's name as the source writes it
    url               text,
    note              text,
    entered_by        text        not null,
    entered_at        timestamptz not null default now(),
    retracted_at      timestamptz,
    retracted_by      text,
    retraction_reason text,
    check (date_to >= date_from),
    check ((retracted_at is null) = (retracted_by is null) and (retracted_at is null) = (retraction_reason is null))
);
create index treaty_entry_country on treaty_entry (country);

-- A source that lists every act of a country up to a date: before that date its silence means "not a party"
-- (HTI's UNTC dates up to late 2013; Kelley & Simmons up to 2011). After it, the source says nothing.
create table treaty_coverage (
    source         text    not null,
    country        char(3) not null,
    instrument     text    not null default 'TIP_PROTOCOL',
    complete_until date    not null,
    primary key (source, country, instrument)
);

-- The US TIP report tier of a country in a report year; an analyst's correction replaces the row (the audit
-- trail keeps the value before).
create table tip_tier (
    country      char(3)     not null,
    report_year  integer     not null check (report_year between 2001 and 2100),
    tier         text        check (tier in ('TIER_1', 'TIER_2', 'TIER_2_WATCH_LIST', 'TIER_3')),
    special_case boolean     not null default false,
    source       text        not null,
    note         text,
    updated_by   text        not null,
    updated_at   timestamptz not null default now(),
    primary key (country, report_year),
    check (not (special_case and tier is not null))
);

-- Bumped in the same transaction as any change to the registries, so answers kept for version N hold data at
-- least as new as N (the answers module's LiveVersion).
create table registry_data_version (
    id      boolean primary key default true check (id),
    version bigint  not null,
    last_tx xid8
);
insert into registry_data_version (version) values (1);

create function registry_bump_version() returns trigger language plpgsql as $$
begin
    update registry_data_version set version = version + 1, last_tx = pg_current_xact_id()
    where last_tx is distinct from pg_current_xact_id();
    return null;
end $$;

create trigger treaty_entry_changed after insert or update or delete or truncate on treaty_entry
    for each statement execute function registry_bump_version();
create trigger treaty_coverage_changed after insert or update or delete or truncate on treaty_coverage
    for each statement execute function registry_bump_version();
create trigger tip_tier_changed after insert or update or delete or truncate on tip_tier
    for each statement execute function registry_bump_version();
