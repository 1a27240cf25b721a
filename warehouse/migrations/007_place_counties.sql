-- The counties a town lies in, from the Census place-by-county file: a town in several
-- counties (Southside, AL: Calhoun and Etowah) is in the history of each.
CREATE TABLE place_counties (
    jurisdiction_id TEXT NOT NULL,
    county_id       TEXT NOT NULL,
    PRIMARY KEY (jurisdiction_id, county_id)
);

CREATE OR REPLACE VIEW v_jurisdiction_tree AS
SELECT j.jurisdiction_id AS root_id, j.jurisdiction_id
FROM jurisdictions j
UNION
SELECT c.parent_id, c.jurisdiction_id
FROM jurisdictions c
WHERE c.kind IN ('place', 'township') AND c.parent_id IS NOT NULL
UNION
SELECT pc.county_id, pc.jurisdiction_id
FROM place_counties pc
UNION
SELECT s.jurisdiction_id, c.jurisdiction_id
FROM jurisdictions s
JOIN jurisdictions c ON c.state = s.state AND c.kind <> 'state'
WHERE s.kind = 'state';
