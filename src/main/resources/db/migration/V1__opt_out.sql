-- Addresses that asked for no unsolicited messages (alerts, news). Replies still go out.
create table opt_out (
    address    varchar(200) primary key,
    stopped_at timestamp    not null,
    reason     varchar(100) not null
);
