-- Registries, part 2: the network of national contact points and the directory of service providers.
-- Organisations, roles, languages and channels are public once published; the person behind a contact point and
-- its e-mail and phone are shown to signed-in practitioners only (and a provider's exact location too: the public
-- sees it rounded, since a shelter's address can endanger the people it protects).
create table contact_point (
    id           bigserial   primary key,
    country      char(3)     not null,
    organisation text        not null check (length(organisation) between 1 and 300),
    unit         text,
    role         text        not null check (role in ('NATIONAL_CONTACT_POINT', 'NATIONAL_COORDINATOR', 'POLICE_FOCAL_POINT',
                                                      'LIAISON_OFFICER', 'CENTRAL_AUTHORITY', 'NATIONAL_RAPPORTEUR',
                                                      'UN_ENTITY_FOCAL_POINT')),
    languages    text[]      not null default '{}',
    channels     text[]      not null default '{}',
    website      text,
    person_name  text,
    person_title text,
    email        text,
    phone        text,
    source       text        not null,
    published    boolean     not null default true,
    updated_by   text        not null,
    updated_at   timestamptz not null default now()
);
create index contact_point_country on contact_point (country);

create table service_provider (
    id            bigserial   primary key,
    country       char(3)     not null,
    name          text        not null check (length(name) between 1 and 300),
    type          text        not null check (type in ('SHELTER', 'REFUGE', 'RECEPTION_CENTRE', 'CONSULTATION_CENTRE',
                                                       'CHILD_CENTRE', 'LEGAL_AID', 'MOBILE_LEGAL_CLINIC', 'NGO_NETWORK',
                                                       'HEALTH_PSYCHOLOGICAL', 'HOTLINE', 'OTHER')),
    state_run     boolean,     -- a State actor (true) or not (false); null when not known
    services      text[]      not null default '{}',
    target_groups text[]      not null default '{}',
    languages     text[]      not null default '{}',
    city          text,
    latitude      double precision check (latitude between -90 and 90),
    longitude     double precision check (longitude between -180 and 180),
    website       text,
    hotline       text,
    person_name   text,
    email         text,
    phone         text,
    source        text        not null,
    published     boolean     not null default true,
    updated_by    text        not null,
    updated_at    timestamptz not null default now(),
    check ((latitude is null) = (longitude is null))
);
create index service_provider_country on service_provider (country);

create trigger contact_point_changed after insert or update or delete or truncate on contact_point
    for each statement execute function registry_bump_version();
create trigger service_provider_changed after insert or update or delete or truncate on service_provider
    for each statement execute function registry_bump_version();
