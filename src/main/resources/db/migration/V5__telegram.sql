-- Telegram (issue 5). Plain SQL for PostgreSQL and H2 in PostgreSQL mode.

-- Long polling: the next getUpdates offset per bot (the token's numeric prefix), so a restart
-- does not replay updates that were already handled.
create table telegram_offset (
    bot_id      varchar(32) primary key,
    next_offset bigint      not null,
    updated_at  timestamp   not null
);

-- Where a person first came from: the payload of their first /start with one
-- (t.me/<bot>?start=src-alfamart). First touch only; later payloads do not overwrite it.
create table telegram_start_source (
    chat_id    bigint      primary key,
    source     varchar(64) not null,
    started_at timestamp   not null
);

-- A phone number the person shared, waiting for them to confirm that it may be linked.
-- Deleted once they answer.
create table telegram_pending_contact (
    chat_id   bigint      primary key,
    phone     varchar(20) not null,
    shared_at timestamp   not null
);
