-- The self-assessment checklists (seed 003: the Framework for Action's measures by pillar, Annex III; the
-- Working Group's recommendations, Annex II), held as data: an administrator imports a new version as a file.
-- A measure's identity (checklist_measure) outlives its key and wording: each version words it anew
-- (checklist_item), so answers given under one wording compare with answers given under another.
create table checklist (
    id          text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
    title       text not null check (length(title) between 1 and 300),
    description text
);

create table checklist_version (
    id             bigserial   primary key,
    checklist_id   text        not null references checklist,
    ordinal        integer     not null check (ordinal > 0),
    label          text        not null check (length(label) between 1 and 60),
    file_name      text,
    content_sha256 char(64),
    items          integer     not null,
    imported_by    text        not null,
    imported_at    timestamptz not null default now(),
    unique (checklist_id, ordinal),
    unique (checklist_id, label)
);

create table checklist_measure (
    id           bigserial primary key,
    checklist_id text      not null references checklist
);

create table checklist_item (
    version_id bigint  not null references checklist_version,
    measure_id bigint  not null references checklist_measure,
    key        text    not null check (length(key) between 1 and 30),
    position   integer not null,
    group_code text    not null,
    group_name text    not null,
    pillar     text    check (pillar in ('PROSECUTION', 'PROTECTION', 'PREVENTION', 'NATIONAL_COORDINATION',
                                         'INTERNATIONAL_COOPERATION')),
    addressee  text    not null check (addressee in ('STATES', 'SECRETARIAT', 'CONFERENCE')),
    wording    text    not null check (length(wording) between 1 and 5000),
    source     text,
    primary key (version_id, measure_id),
    unique (version_id, key)
);
create index checklist_item_by_measure on checklist_item (measure_id);
