-- Contract expiries, one row per contract as people know it: a contract two sources state
-- alike (the same jurisdiction, kind, counterparty, number and expiry: two facility rows of
-- one IGSA, a list and an award) is one row, with every source and contract id it rests on.
CREATE VIEW v_contract_expiries AS
SELECT min(c.contract_id) AS contract_id, c.expiry_date, c.expiry_basis, c.kind,
       c.counterparty, c.contract_number, c.jurisdiction_id, any_value(j.name) AS jurisdiction,
       coalesce(any_value(j.state),
                upper(regexp_extract(c.jurisdiction_id, '/(?:state|territory):([a-z]{2})', 1)))
           AS state,
       min(c.start_date) AS start_date, max(c.end_date) AS end_date, max(c.amount) AS amount,
       max(c.per_diem) AS per_diem, max(c.beds) AS beds, max(c.action_date) AS action_date,
       list(DISTINCT c.source_id ORDER BY c.source_id) AS sources,
       list(c.contract_id ORDER BY c.contract_id) AS contract_ids
FROM contracts c
LEFT JOIN jurisdictions j USING (jurisdiction_id)
WHERE c.expiry_date IS NOT NULL AND coalesce(c.status, 'active') <> 'terminated'
GROUP BY c.expiry_date, c.expiry_basis, c.kind, c.counterparty, c.contract_number,
         c.jurisdiction_id;

-- Contracts whose expiry is still ahead (soonest first when ordered by expiry_date)...
CREATE OR REPLACE VIEW v_expiring_contracts AS
SELECT *, expiry_date - current_date AS days_left
FROM v_contract_expiries
WHERE expiry_date >= current_date;

-- ...and those whose expiry has passed.
CREATE VIEW v_expired_contracts AS
SELECT *, current_date - expiry_date AS days_ago
FROM v_contract_expiries
WHERE expiry_date < current_date;
