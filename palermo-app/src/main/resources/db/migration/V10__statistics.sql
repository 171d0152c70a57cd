-- National response statistics: indicators and their breakdowns as reference data, observations from
-- published releases (GLOTIP) and from national submissions, validation rules, submission workflow.

-- Reference data. Dimensions are not additive: the same victims appear "by form of exploitation"
-- and "by citizenship"; nothing sums across dimensions.
create table stat_indicator (
    name        text    primary key,
    unit        text    not null default 'Counts',
    position    integer not null,
    description text
);

create table stat_dimension (
    name           text    primary key,
    -- LIST: categories from stat_category; COUNTRY: ISO3 codes (or free text as published)
    category_kind  text    not null check (category_kind in ('TOTAL', 'LIST', 'COUNTRY')),
    position       integer not null
);

create table stat_indicator_dimension (
    indicator text not null references stat_indicator,
    dimension text not null references stat_dimension,
    primary key (indicator, dimension)
);

create table stat_category (
    dimension text    not null references stat_dimension,
    name      text    not null,
    position  integer not null,
    primary key (dimension, name)
);

-- The sex × age cells a country reports for each indicator/dimension/category (the template rows).
create table stat_breakdown (
    sex      text    not null,
    age      text    not null,
    position integer not null,
    primary key (sex, age)
);

-- A file of published statistics, as imported (one row per distinct file content).
create table stat_release (
    id           bigserial   primary key,
    source       text        not null,
    file_name    text        not null,
    sha256       char(64)    not null,
    exported_on  date,
    imported_at  timestamptz not null default now(),
    imported_by  text        not null,
    row_count    integer     not null,
    inserted     integer     not null,
    changed      integer     not null,
    withdrawn    integer     not null,
    unchanged    integer     not null
);

-- National submissions: one per country and year, revised through the workflow.
create table stat_submission (
    id          bigserial   primary key,
    country     char(3)     not null references country,
    year        integer     not null check (year between 1990 and 2100),
    status      text        not null check (status in ('DRAFT', 'SUBMITTED', 'VALIDATED', 'PUBLISHED', 'RETURNED')),
    revision    integer     not null default 1,
    comment     text,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    published_at timestamptz,
    unique (country, year)
);

create table stat_submission_value (
    submission_id bigint  not null references stat_submission on delete cascade,
    indicator     text    not null references stat_indicator,
    dimension     text    not null references stat_dimension,
    category      text    not null,
    sex           text    not null,
    age           text    not null,
    value         bigint  not null,
    cell          text,
    primary key (submission_id, indicator, dimension, category, sex, age)
);

-- Every step of a submission, with who and when; values before/after for changes.
create table stat_submission_event (
    id            bigserial   primary key,
    submission_id bigint      not null references stat_submission on delete cascade,
    at            timestamptz not null default now(),
    actor         text        not null,
    action        text        not null,
    from_status   text,
    to_status     text        not null,
    revision      integer     not null,
    comment       text,
    changes       jsonb
);
create index stat_submission_event_submission on stat_submission_event (submission_id, id);

-- Observations. Rows of a release keep their published text; a key that occurs more than once in a
-- release is kept as often as it occurs (occurrence 1, 2, …) and flagged when the values differ.
create table stat_observation (
    id            bigserial primary key,
    country       char(3),                 -- null where the source names a place without an ISO code (Sark)
    country_name  text    not null,        -- as published
    indicator     text    not null,
    dimension     text    not null,
    category      text    not null,        -- ISO3 where a nationality category is a country, else as written
    category_text text    not null,        -- as published
    sex           text    not null,
    age           text    not null,
    year          integer not null,
    value         bigint,                  -- null where suppressed ("<5")
    value_text    text    not null,        -- as published
    unit          text    not null,
    source        text    not null,
    occurrence    integer not null default 1,
    -- the key as published (source, country, indicator, dimension, category as written, sex, age, year, occurrence), hashed (MD5)
    row_key       uuid    not null,
    release_id    bigint  references stat_release,
    submission_id bigint  references stat_submission,
    source_line   integer,                 -- line in the release file
    duplicate     boolean not null default false,  -- the key occurs more than once in its source
    conflict      boolean not null default false,  -- … and the values differ
    check ((release_id is null) <> (submission_id is null))
);
create unique index stat_observation_identity on stat_observation (source, row_key);
create index stat_observation_country on stat_observation (country, indicator, year);
create index stat_observation_indicator_year on stat_observation (indicator, year) where dimension = 'Total' and sex = 'Total' and age = 'Total';
create index stat_observation_conflict on stat_observation (source) where duplicate;

-- Values replaced or withdrawn by a newer release or a re-published submission.
create table stat_observation_history (
    id             bigserial   primary key,
    observation_id bigint      not null,
    country        char(3),
    country_name   text        not null,
    indicator      text        not null,
    dimension      text        not null,
    category       text        not null,
    category_text  text        not null,
    sex            text        not null,
    age            text        not null,
    year           integer     not null,
    value          bigint,
    value_text     text        not null,
    source         text        not null,
    occurrence     integer     not null,
    release_id     bigint,
    submission_id  bigint,
    replaced_at    timestamptz not null default now(),
    replaced_by_release bigint,
    replaced_by_submission bigint,
    reason         text        not null check (reason in ('CHANGED', 'WITHDRAWN'))
);
create index stat_observation_history_key on stat_observation_history (country, indicator, year);

-- Validation rules as data (left side, operator, right side), evaluated on each submission.
-- A side is a sum of cell selectors "[sex=Female] + [sex=Male]" or a number; the parts of the key a
-- rule does not name are matched pairwise ("counted the same way"). Operator "in" checks a key part
-- (left) against a named list (right).
create table stat_validation_rule (
    code        text    primary key,
    name        text    not null,
    left_side   text    not null,
    operator    text    not null check (operator in ('<=', '<', '=', '>=', '>', 'in')),
    right_side  text    not null,
    description text    not null,
    position    integer not null
);
