-- Regional adoption agencies: one agency provides adoption services for several authorities, and reports figures
-- (children placed, placements made inter-agency, Foster for Adoption) for all of them together. Those figures are
-- the agency's, not any one member's, so the agency is an area of its own (docs/decisions.md, 26).
-- An agency has no ONS GSS code. Promise gives it a GSS-shaped one of the E90 entity, which ONS does not use, so that
-- it fits the contract's AreaCode and the realm's authority claim (an agency's own staff carry its code, as an
-- authority's officers carry theirs). Its parent is its host authority, which employs its staff.
alter table area drop constraint area_kind_check;
alter table area add constraint area_kind_check
    check (kind in ('local-authority', 'region', 'country', 'statistical-neighbours', 'regional-adoption-agency'));

-- Which authorities an agency serves. Many to many: an authority keeps its region as its parent, and the kinds are
-- held by the foreign keys, so only an authority can be a member and only an agency can have members.
alter table area add constraint area_code_kind_key unique (code, kind);

create table agency_member (
    agency_code varchar(20) not null,
    agency_kind varchar(30) not null default 'regional-adoption-agency'
        check (agency_kind = 'regional-adoption-agency'),
    member_code varchar(20) not null,
    member_kind varchar(30) not null default 'local-authority' check (member_kind = 'local-authority'),
    primary key (agency_code, member_code),
    foreign key (agency_code, agency_kind) references area (code, kind),
    foreign key (member_code, member_kind) references area (code, kind)
);

create index agency_member_member_idx on agency_member (member_code);

-- Adoption@Heart: "a Regional Adoption Agency, providing adoption services on behalf of Walsall Council, City of
-- Wolverhampton Council, Sandwell Children's Trust and Dudley Council. The service is hosted by City of
-- Wolverhampton Council and became operational on 1 April 2019" (its annual report 2022-23).
insert into area (code, name, kind, dfe_code, parent_code, note) values
    ('E90000001', 'Adoption@Heart', 'regional-adoption-agency', null, 'E08000031',
        'Regional adoption agency for Dudley, Sandwell (Sandwell Children''s Trust), Walsall and Wolverhampton, '
        || 'hosted by City of Wolverhampton Council since 1 April 2019');

insert into agency_member (agency_code, member_code) values
    ('E90000001', 'E08000027'),
    ('E90000001', 'E08000028'),
    ('E90000001', 'E08000030'),
    ('E90000001', 'E08000031');
