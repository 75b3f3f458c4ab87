-- The seeded statistical-neighbour groups' member authorities (decision 48): DfE's statistical neighbour groupings of
-- April 2021 (the Children's Services Statistical Neighbour Benchmarking Tool's edition in force for the board packs'
-- years, 2021-22 to 2023-24), in DfE's order of closeness, as DfE's analysts publish them in the repository of the
-- children's social care outcomes and enablers dashboard (dfe-analytical-services/CSC_outcomes_and_enablers,
-- New_Statistical_Neighbour_Groupings_April_2021.csv, by DfE's three-digit codes). The GSS codes and names are DfE's
-- own, from the same repository's children-looked-after file (old_la_code, new_la_code, la_name).

-- A neighbour can be a county council (E10), which the first check left out.
alter table statistical_neighbour drop constraint statistical_neighbour_member_code_check;
alter table statistical_neighbour add constraint statistical_neighbour_member_code_check
    check (member_code ~ '^E(06|08|09|10)[0-9]{6}$');

insert into statistical_neighbour (group_code, member_code, member_name, rank) values
    -- Dudley
    ('SN-E08000027', 'E08000018', 'Rotherham', 1),
    ('SN-E08000027', 'E06000020', 'Telford and Wrekin', 2),
    ('SN-E08000027', 'E06000035', 'Medway', 3),
    ('SN-E08000027', 'E08000010', 'Wigan', 4),
    ('SN-E08000027', 'E08000017', 'Doncaster', 5),
    ('SN-E08000027', 'E10000017', 'Lancashire', 6),
    ('SN-E08000027', 'E06000013', 'North Lincolnshire', 7),
    ('SN-E08000027', 'E10000007', 'Derbyshire', 8),
    ('SN-E08000027', 'E08000008', 'Tameside', 9),
    ('SN-E08000027', 'E10000024', 'Nottinghamshire', 10),
    -- Sandwell
    ('SN-E08000028', 'E08000031', 'Wolverhampton', 1),
    ('SN-E08000028', 'E08000030', 'Walsall', 2),
    ('SN-E08000028', 'E08000025', 'Birmingham', 3),
    ('SN-E08000028', 'E06000015', 'Derby', 4),
    ('SN-E08000028', 'E08000026', 'Coventry', 5),
    ('SN-E08000028', 'E06000018', 'Nottingham', 6),
    ('SN-E08000028', 'E06000031', 'Peterborough', 7),
    ('SN-E08000028', 'E06000021', 'Stoke-on-Trent', 8),
    ('SN-E08000028', 'E06000032', 'Luton', 9),
    ('SN-E08000028', 'E06000008', 'Blackburn with Darwen', 10),
    -- Walsall
    ('SN-E08000030', 'E06000015', 'Derby', 1),
    ('SN-E08000030', 'E08000005', 'Rochdale', 2),
    ('SN-E08000030', 'E06000031', 'Peterborough', 3),
    ('SN-E08000030', 'E06000021', 'Stoke-on-Trent', 4),
    ('SN-E08000030', 'E08000001', 'Bolton', 5),
    ('SN-E08000030', 'E08000008', 'Tameside', 6),
    ('SN-E08000030', 'E08000027', 'Dudley', 7),
    ('SN-E08000030', 'E08000028', 'Sandwell', 8),
    ('SN-E08000030', 'E08000034', 'Kirklees', 9),
    ('SN-E08000030', 'E06000020', 'Telford and Wrekin', 10),
    -- Wolverhampton
    ('SN-E08000031', 'E08000028', 'Sandwell', 1),
    ('SN-E08000031', 'E06000018', 'Nottingham', 2),
    ('SN-E08000031', 'E08000030', 'Walsall', 3),
    ('SN-E08000031', 'E08000026', 'Coventry', 4),
    ('SN-E08000031', 'E08000025', 'Birmingham', 5),
    ('SN-E08000031', 'E06000015', 'Derby', 6),
    ('SN-E08000031', 'E06000045', 'Southampton', 7),
    ('SN-E08000031', 'E08000019', 'Sheffield', 8),
    ('SN-E08000031', 'E06000031', 'Peterborough', 9),
    ('SN-E08000031', 'E06000021', 'Stoke-on-Trent', 10);
