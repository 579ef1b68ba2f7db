-- The SLA policy version each deadline's targets came from ("slaPolicy:3"): a case keeps the
-- version it was registered under for all its legs, so a changed table applies to new cases only.
ALTER TABLE case_deadline ADD COLUMN policy_version VARCHAR(40) NULL;

-- Existing deadlines get the version deployed now (Camunda's latest slaPolicy decision): the
-- table they were most likely computed from, and the one their cases' next legs used until now.
-- A new database has no Camunda tables yet (the engine creates them after the migrations) and
-- no deadlines either, so the update runs only where the table exists.
SET @has_decisions = (SELECT COUNT(*) FROM information_schema.tables
                      WHERE table_schema = DATABASE() AND table_name = 'ACT_RE_DECISION_DEF');
SET @stamp = IF(@has_decisions > 0,
    'UPDATE case_deadline SET policy_version = (SELECT CONCAT(''slaPolicy:'', MAX(VERSION_)) FROM ACT_RE_DECISION_DEF WHERE KEY_ = ''slaPolicy'') WHERE policy_version IS NULL',
    'DO 0');
EXECUTE IMMEDIATE @stamp;
