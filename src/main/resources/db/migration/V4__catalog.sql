-- Catalogue records: the source of truth. The Lucene index under lokerbot.catalog.index-dir is
-- derived from these tables and rebuilt from them whenever it is missing or stale.
create table vacancy (
    id               varchar(64)   primary key,
    partner          varchar(200)  not null,
    title            varchar(200)  not null,
    description      varchar(4000) not null,
    sector           varchar(1)    not null,
    occupation       varchar(4),
    regency          varchar(5)    not null,
    address          varchar(300),
    min_age          integer,
    max_age          integer,
    min_education    varchar(16)   not null,
    gender_neutral   boolean       not null,
    disability_flags varchar(200)  not null,
    accommodations   varchar(1000),
    salary_min       bigint,
    salary_max       bigint,
    employment_type  varchar(16)   not null,
    openings         integer       not null,
    apply_via        varchar(16)   not null,
    apply_how        varchar(1000),
    posted_on        date          not null,
    closes_on        date,
    status           varchar(8)    not null,
    sample           boolean       not null default false,
    updated_at       timestamp     not null
);
create index vacancy_updated_at on vacancy (updated_at);

create table training (
    id               varchar(64)   primary key,
    provider         varchar(200)  not null,
    title            varchar(200)  not null,
    description      varchar(4000) not null,
    sector           varchar(1)    not null,
    regency          varchar(5)    not null,
    address          varchar(300),
    starts_on        date          not null,
    duration_days    integer       not null,
    free             boolean       not null,
    cost             bigint,
    seats            integer       not null,
    eligibility      varchar(1000),
    min_age          integer,
    max_age          integer,
    min_education    varchar(16)   not null,
    leads_to         varchar(1000),
    disability_flags varchar(200)  not null,
    accommodations   varchar(1000),
    posted_on        date          not null,
    closes_on        date,
    status           varchar(8)    not null,
    sample           boolean       not null default false,
    updated_at       timestamp     not null
);
create index training_updated_at on training (updated_at);
