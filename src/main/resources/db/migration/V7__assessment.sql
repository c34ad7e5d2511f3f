-- The latest assessment result per address and kind, kept only when the person agreed that we
-- store their answers. Interest scores are for the person's own exploration: they are never
-- sent to recruiters or used to select anyone.
create table assessment_result (
    address      varchar(200) not null,
    kind         varchar(20)  not null,  -- interest | readiness
    scores       varchar(500) not null,  -- points per type or area: R=7;I=3;... or teamwork=5;...
    completed_at timestamp    not null,
    primary key (address, kind)
);
