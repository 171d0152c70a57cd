-- Case records counted by everything the aggregates can break them down by (except means of control,
-- whose combinations are nearly as many as the records): one row per combination, written in the
-- same transaction as the records. Published aggregates read this instead of case_record.
create table case_cell (
    dataset_id   bigint   not null references case_dataset,
    year         smallint,
    sex          text,
    age_band     text,
    citizenship  char(3),
    exploited_in char(3),
    forms        text[]   not null,
    recruiter    text[]   not null,
    records      integer  not null check (records > 0)
);
create index case_cell_dataset on case_cell (dataset_id);
