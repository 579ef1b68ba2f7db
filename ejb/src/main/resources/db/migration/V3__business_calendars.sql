-- Business calendars: opening hours per weekday in a time zone, and extra closed days.
-- Swedish public holidays are computed in code (SwedishHolidays) and always apply.

CREATE TABLE business_calendar (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    code     VARCHAR(64)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    zone_id  VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_business_calendar_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calendar_opening_hours (
    calendar_id BIGINT      NOT NULL,
    day_of_week VARCHAR(10) NOT NULL,
    opens       TIME        NOT NULL,
    closes      TIME        NOT NULL,
    PRIMARY KEY (calendar_id, day_of_week),
    CONSTRAINT fk_opening_hours_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calendar_closed_day (
    calendar_id BIGINT       NOT NULL,
    closed_date DATE         NOT NULL,
    reason      VARCHAR(200),
    PRIMARY KEY (calendar_id, closed_date),
    CONSTRAINT fk_closed_day_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO business_calendar (code, name, zone_id)
VALUES ('standard', 'Kundtjänstens öppettider / Customer service hours', 'Europe/Stockholm');

INSERT INTO calendar_opening_hours (calendar_id, day_of_week, opens, closes)
SELECT c.id, d.day_of_week, '08:00:00', '17:00:00'
FROM business_calendar c
JOIN (SELECT 'MONDAY' AS day_of_week UNION ALL SELECT 'TUESDAY' UNION ALL SELECT 'WEDNESDAY'
      UNION ALL SELECT 'THURSDAY' UNION ALL SELECT 'FRIDAY') d
WHERE c.code = 'standard';
