-- Profile answers of people who consented, one row per answered field (a skipped question has no
-- row). Income and the six functioning answers are stored AES-GCM encrypted ("v1:..."), sealed
-- before they leave the chat turn. Deleting the youth deletes their profile.
create table profile_field (
    youth_id   varchar(36)  not null references youth (id) on delete cascade,
    field      varchar(30)  not null,
    answer     varchar(400) not null,
    updated_at timestamp    not null,
    primary key (youth_id, field)
);

-- What is left of people who deleted their data: counts without names or addresses, added to
-- the live numbers of the programme report (metric: people, assessed, eligible, gender, ...).
create table anonymous_tally (
    metric varchar(30) not null,
    bucket varchar(60) not null,
    total  integer     not null,
    primary key (metric, bucket)
);
