-- One-time codes that link a person's chat addresses (HUBUNGKAN / LINK): issued on one channel,
-- typed on another within 10 minutes. Used codes and codes of deleted people are deleted.
create table link_code (
    code       varchar(8)   primary key,
    address    varchar(200) not null,  -- where the code was issued
    expires_at timestamp    not null
);
create index link_code_address on link_code (address);
