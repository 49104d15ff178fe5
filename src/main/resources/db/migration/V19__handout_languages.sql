-- Handouts in the client's language: the client's choice (null: the clinic's), the digits of Arabic handouts, and
-- translations of a clinic's own exercises (the built-in ones are translated in the i18n bundles).
alter table client add column handout_language varchar(5);
alter table clinic add column numerals varchar(20) default 'WESTERN' not null;

create table exercise_translation (
    exercise_id bigint                   not null references exercise (id),
    language    varchar(5)               not null,
    version     bigint                   not null default 0,
    name        varchar(120)             not null,
    purpose     varchar(500),
    steps       varchar(5000)            not null,
    cautions    varchar(5000),
    updated_at  timestamp with time zone not null,
    primary key (exercise_id, language)
);
