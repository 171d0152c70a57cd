-- A narrow covering index over the country_role facts, so the citation index and the flow matrix read
-- ~50 MB of index (index-only scan) instead of the whole fact table (quotes, JSON) per million facts.
-- It lives on the facts module's table but serves only the analyses' reads through fact_view; it
-- changes no data and no behaviour of the facts module.
create index if not exists fact_patterns_read on fact (type, role, status)
    include (country, counterpart, source_id, year, forms)
    where type = 'country_role';
