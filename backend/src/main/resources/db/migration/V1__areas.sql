-- Areas: the local authorities Promise serves and the areas their figures are compared with.
-- Codes are ONS GSS codes; statistical-neighbour groups are named SN-<the authority's GSS code>.
create table area (
    code        varchar(20)  primary key,
    name        varchar(200) not null,
    kind        varchar(30)  not null check (kind in ('local-authority', 'region', 'country', 'statistical-neighbours')),
    dfe_code    char(3)      unique,
    parent_code varchar(20)  references area (code),
    note        varchar(500),
    constraint area_dfe_code_only_for_authorities check (dfe_code is null or kind = 'local-authority')
);

create index area_kind_idx on area (kind);

insert into area (code, name, kind, dfe_code, parent_code, note) values
    ('E92000001', 'England', 'country', null, null, null),
    ('E12000005', 'West Midlands', 'region', null, null, null);

insert into area (code, name, kind, dfe_code, parent_code, note) values
    ('E08000027', 'Dudley', 'local-authority', '332', 'E12000005', null),
    ('E08000028', 'Sandwell', 'local-authority', '333', 'E12000005',
        'Children''s services are delivered by Sandwell Children''s Trust'),
    ('E08000030', 'Walsall', 'local-authority', '335', 'E12000005', null),
    ('E08000031', 'Wolverhampton', 'local-authority', '336', 'E12000005', null);

-- DfE compares each authority with its ten statistical neighbours; the group's figures are reported as one area.
insert into area (code, name, kind, dfe_code, parent_code, note) values
    ('SN-E08000027', 'Dudley''s statistical neighbours', 'statistical-neighbours', null, 'E08000027', null),
    ('SN-E08000028', 'Sandwell''s statistical neighbours', 'statistical-neighbours', null, 'E08000028', null),
    ('SN-E08000030', 'Walsall''s statistical neighbours', 'statistical-neighbours', null, 'E08000030', null),
    ('SN-E08000031', 'Wolverhampton''s statistical neighbours', 'statistical-neighbours', null, 'E08000031', null);
