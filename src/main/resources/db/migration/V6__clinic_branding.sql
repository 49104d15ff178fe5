-- What a clinic's handouts carry: contact details, accent colour, footer, paper size, and its logo.
alter table clinic add column accent_colour varchar(7) default '#0f6f74' not null;
alter table clinic add column address varchar(300);
alter table clinic add column phone varchar(40);
alter table clinic add column email varchar(254);
alter table clinic add column website varchar(200);
alter table clinic add column footer_message varchar(300);
alter table clinic add column paper_size varchar(10) default 'A4' not null;
alter table clinic add column handout_language varchar(10) default 'en' not null;
alter table clinic add constraint ck_clinic_paper_size check (paper_size in ('A4', 'LETTER'));

create table clinic_logo (
    clinic_id    bigint                   not null primary key references clinic (id),
    content_type varchar(20)              not null,
    data         bytea                    not null,
    width        integer                  not null,
    height       integer                  not null,
    uploaded_at  timestamp with time zone not null
);
