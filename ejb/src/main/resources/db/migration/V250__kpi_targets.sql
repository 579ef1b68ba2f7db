-- The managers' targets for the dashboard's at-a-glance tiles: one per figure, in the figure's own unit
-- (shares 0..1, durations in business seconds, counts, scores 1..5). No row = no target set.
CREATE TABLE kpi_target (
    kpi        VARCHAR(64)  NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    target     DOUBLE       NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    changed_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
