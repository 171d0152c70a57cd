-- The technical-assistance and donor registry (seed 003 §II.B: "what other technical assistance providers
-- are doing", "overlaps and duplications"): projects with their organisations by IATI role, beneficiary
-- countries and regions, Framework pillars and measures, IATI sector codes (DAC purpose codes, SDG targets),
-- period, budget and transactions. Identified by an IATI activity identifier, so a file imported again
-- replaces its projects instead of adding them twice.
create table assistance_org (
    id       bigserial primary key,
    name     text      not null check (length(name) between 1 and 2000),
    ref      text      check (length(ref) <= 200),
    type     text      check (type ~ '^[0-9]{2}$'),   -- IATI OrganisationType (10 government, 40 multilateral…)
    name_key text      not null unique                -- the name folded for matching (case, accents, punctuation)
);
create unique index assistance_org_ref on assistance_org (ref) where ref is not null;

create table assistance_project (
    id          bigserial   primary key,
    identifier  text        not null unique check (length(identifier) between 1 and 200),
    title       text        not null check (length(title) between 1 and 1000),
    description text,
    start_date  date,
    end_date    date,
    budget      numeric(18, 2) check (budget >= 0),
    currency    char(3)     check (currency ~ '^[A-Z]{3}$'),
    status      text        not null check (status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION', 'CLOSED',
                                                       'CANCELLED', 'SUSPENDED')),
    regions     text[]      not null default '{}',
    origin      text        not null,                -- where the record came from (a file, a bundled data set, a person)
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    check (end_date is null or start_date is null or end_date >= start_date),
    check ((budget is null) = (currency is null))
);

create table assistance_project_org (
    project_id bigint  not null references assistance_project on delete cascade,
    org_id     bigint  not null references assistance_org,
    role       text    not null check (role in ('FUNDING', 'ACCOUNTABLE', 'EXTENDING', 'IMPLEMENTING')),
    position   integer not null,
    primary key (project_id, org_id, role)
);
create index assistance_project_org_by_org on assistance_project_org (org_id, role);

-- Beneficiary countries: ISO3, or XKX (Kosovo, a user-assigned code the source data use); no foreign key, so
-- the registry keeps what a file says about a place the country table does not list.
create table assistance_project_country (
    project_id bigint  not null references assistance_project on delete cascade,
    iso3       char(3) not null check (iso3 ~ '^[A-Z]{3}$'),
    percentage numeric(5, 2) check (percentage between 0 and 100),
    primary key (project_id, iso3)
);
create index assistance_project_country_by_iso3 on assistance_project_country (iso3);

create table assistance_project_pillar (
    project_id bigint not null references assistance_project on delete cascade,
    pillar     text   not null check (pillar in ('PROSECUTION', 'PROTECTION', 'PREVENTION', 'NATIONAL_COORDINATION',
                                                 'INTERNATIONAL_COOPERATION')),
    primary key (project_id, pillar)
);

-- Framework measures a project addresses, by the checklist's measure identity (stable across versions).
create table assistance_project_measure (
    project_id bigint not null references assistance_project on delete cascade,
    measure_id bigint not null,
    primary key (project_id, measure_id)
);

-- IATI sector vocabulary: 1 = OECD DAC CRS purpose code (5 digits), 2 = DAC 3-digit, 7 = SDG goal,
-- 8 = SDG target, others kept as given.
create table assistance_project_sector (
    project_id bigint not null references assistance_project on delete cascade,
    vocabulary text   not null check (vocabulary ~ '^[0-9]{1,2}$'),
    code       text   not null check (length(code) between 1 and 40),
    percentage numeric(5, 2) check (percentage between 0 and 100),
    primary key (project_id, vocabulary, code)
);

create table assistance_transaction (
    id         bigserial primary key,
    project_id bigint    not null references assistance_project on delete cascade,
    position   integer   not null,
    type       text      not null check (type ~ '^[0-9]{1,2}$'),   -- IATI TransactionType (2 commitment, 3 disbursement…)
    date       date      not null,
    value      numeric(18, 2) not null,
    currency   char(3)   not null check (currency ~ '^[A-Z]{3}$')
);
create index assistance_transaction_by_project on assistance_transaction (project_id);

-- The IATI codes that tag trafficking work (bundled from the IATI codelists).
create table assistance_code (
    vocabulary  text not null,
    code        text not null,
    name        text not null,
    description text,
    primary key (vocabulary, code)
);
