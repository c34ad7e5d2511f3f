-- Report (issue 10). Plain SQL for PostgreSQL and H2 in PostgreSQL mode.

-- Staff users kept in the database (more can come from settings). Only BCrypt hashes.
create table staff_user (
    username      varchar(100) primary key,
    password_hash varchar(100) not null,
    role          varchar(10)  not null,  -- ADMIN | VIEWER
    enabled       boolean      not null,
    created_at    timestamp    not null
);

-- The report read model: one row per person with the dimensions the programme reports by.
-- Filled by report.ReadModel from the records of the other modules; nothing person-facing.
create table report_person (
    person_id     varchar(200) primary key,  -- youth id, or the address until one is linked
    first_seen_at timestamp    not null,
    channel       varchar(20)  not null,     -- first channel: whatsapp | telegram | sms | sim
    gender        varchar(10),               -- female | male | other; null: not recorded
    age           integer,                   -- age given in the profile; null: not recorded
    regency       varchar(60),               -- Kemendagri code or name; null: not recorded
    disability    boolean,                   -- Washington Group: "a lot of difficulty" or worse in
                                             -- any domain; null: not asked or declined
    updated_at    timestamp    not null
);
create index report_person_regency on report_person (regency);

-- One row per person and funnel stage (and partner, for the partner stages): the first time the
-- person reached that stage. Stages: reached, assessed, eligible, trained, referred,
-- interviewed, hired. partner is '' for stages without one.
create table report_stage (
    person_id varchar(200) not null,
    stage     varchar(20)  not null,
    partner   varchar(60)  not null,
    at        timestamp    not null,
    channel   varchar(20)  not null,
    primary key (person_id, stage, partner)
);
create index report_stage_stage_at on report_stage (stage, at);

-- How far each source has been read into the read model (e.g. the last message_log id).
create table report_watermark (
    source       varchar(60) primary key,
    last_id      bigint      not null,
    refreshed_at timestamp   not null
);
