-- Reference data read by every module: ISO 3166-1 countries with UN M49 regions, the UNDP HDI series.
create table country (
    iso3                char(3) primary key,
    iso2                char(2) not null unique,
    numeric_code        char(3) not null unique,
    name                text    not null,
    region              text,
    subregion           text,
    intermediate_region text
);

create table hdi (
    iso3  char(3)      not null references country,
    year  integer      not null,
    value numeric(4,3) not null check (value between 0 and 1),
    primary key (iso3, year)
);

-- Which bundled data sets have been loaded, so a second start loads nothing twice.
create table demo_data (
    part      text        primary key,
    loaded_at timestamptz not null default now(),
    detail    text
);
