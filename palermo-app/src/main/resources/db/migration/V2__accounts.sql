create table app_user (
    id            bigserial   primary key,
    name          text        not null unique check (length(name) between 1 and 100),
    role          text        not null check (role in ('RESEARCHER','FOCAL_POINT','REVIEWER','ANALYST','ADMIN')),
    country       char(3)     references country,
    password_hash text,
    disabled      boolean     not null default false,
    created_at    timestamptz not null default now(),
    check (role <> 'FOCAL_POINT' or country is not null)
);

-- API tokens are stored as SHA-256 hashes only; the token itself is shown once.
create table api_token (
    id          bigserial   primary key,
    user_id     bigint      not null references app_user,
    token_hash  char(64)    not null unique,
    label       text,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz,
    revoked_at  timestamptz
);

-- Append-only: the application never updates or deletes a row, and the database refuses it.
create table audit_log (
    id        bigserial   primary key,
    at        timestamptz not null default now(),
    actor     text        not null,
    action    text        not null,
    target    text,
    outcome   text        not null default 'OK',
    before    jsonb,
    after     jsonb,
    detail    text
);
create index audit_log_at on audit_log (at desc);
create index audit_log_action on audit_log (action);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
