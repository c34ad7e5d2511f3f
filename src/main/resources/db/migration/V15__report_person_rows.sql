-- Report read model, second shape (issue 10): one row per person with the first date of every
-- funnel stage and the dimensions, so a whole dashboard is a few scans of one table instead of
-- a distinct count per split. Plain SQL for PostgreSQL and H2 in PostgreSQL mode. The old rows
-- are dropped and the watermarks reset: the next refresh reads every source again.
drop table report_stage;
drop table report_person;
delete from report_watermark;

-- person_id: youth id, or the address until one is linked; after the person asked us to forget
-- them, 'anon:<random>' (the counts stay, nothing points back to them).
create table report_person (
    person_id      varchar(200) primary key,
    channel        varchar(20),   -- first channel: whatsapp | telegram | sms | sim
    gender         varchar(10),   -- female | male | other; null: not recorded
    age            integer,       -- from the profile's birth year; null: not recorded
    regency        varchar(60),   -- Kemendagri code; null: not recorded
    disability     boolean,       -- derived flag only (Washington Group: "a lot of difficulty" or
                                  -- worse in any domain); null: not asked or declined
    reached_at     timestamp,
    assessed_at    timestamp,
    eligible_at    timestamp,
    enrolled_at    timestamp,
    trained_at     timestamp,
    referred_at    timestamp,
    interviewed_at timestamp,
    hired_at       timestamp,
    updated_at     timestamp    not null
);
-- The weekly trend reads each stage's dates of a few weeks: one index per stage date.
create index report_person_regency on report_person (regency);
create index report_person_reached on report_person (reached_at);
create index report_person_assessed on report_person (assessed_at);
create index report_person_eligible on report_person (eligible_at);
create index report_person_enrolled on report_person (enrolled_at);
create index report_person_trained on report_person (trained_at);
create index report_person_referred on report_person (referred_at);
create index report_person_interviewed on report_person (interviewed_at);
create index report_person_hired on report_person (hired_at);

-- The partner stages per person and partner (training centre or recruiter), for the partner
-- split and filter; report_person holds the earliest of them.
create table report_partner (
    person_id      varchar(200) not null,
    partner        varchar(60)  not null,
    enrolled_at    timestamp,
    trained_at     timestamp,
    referred_at    timestamp,
    interviewed_at timestamp,
    hired_at       timestamp,
    primary key (person_id, partner)
);
create index report_partner_partner on report_partner (partner);

-- Which person a referral belongs to, so status changes and training reports find their row.
-- Dropped when the person is forgotten (later reports about them are not counted).
create table report_referral (
    referral_id varchar(36)  primary key,
    person_id   varchar(200) not null,
    partner     varchar(60)  not null
);
create index report_referral_person on report_referral (person_id);

-- Addresses of a person's row, so a deletion request (which names addresses) finds it.
create table report_address (
    address   varchar(200) primary key,
    person_id varchar(200) not null
);
create index report_address_person on report_address (person_id);
