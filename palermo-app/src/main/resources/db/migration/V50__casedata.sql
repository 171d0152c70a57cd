-- Case-level records on victims in the CTDC / HTCDS layout. Nothing here identifies a person:
-- an import file with a name, date-of-birth, address, phone, e-mail or passport column is refused
-- before anything is written. Records are read only by analysts; the public sees aggregates that
-- went through the disclosure rules (CaseAggregates / Disclosure).
create table case_dataset (
    id             bigserial   primary key,
    name           text        not null check (length(name) between 1 and 200),
    content_sha256 char(64)    unique,
    country        char(3)     references country,
    records        integer     not null default 0,
    skipped_rows   integer     not null default 0,
    ignored_columns text       not null default '',
    synthetic      boolean     not null default false,
    imported_by    text        not null,
    imported_at    timestamptz not null default now()
);

create table case_record (
    dataset_id     bigint   not null references case_dataset,
    line           integer  not null,
    year           smallint check (year between 1990 and 2100),
    sex            text     check (sex in ('female', 'male', 'transgender')),
    age_band       text     check (age_band in ('0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+')),
    minor          boolean,
    citizenship    char(3)  references country,
    exploited_in   char(3)  references country,
    data_source    text,
    forms          text[]   not null default '{}',
    means          text[]   not null default '{}',
    labour_sectors text[]   not null default '{}',
    sexual_forms   text[]   not null default '{}',
    recruiter      text[]   not null default '{}',
    abduction      boolean,
    primary key (dataset_id, line)
);
