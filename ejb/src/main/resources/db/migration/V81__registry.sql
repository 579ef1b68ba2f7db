-- The registry (diarium): formal matters get a registry number per year, e.g. KT 2026/123.
-- One counter row per year, locked with SELECT ... FOR UPDATE by each registration.
CREATE TABLE registry_counter (
    registry_year INT    NOT NULL PRIMARY KEY,
    last_value    BIGINT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE case_registration (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    case_id         BIGINT       NOT NULL,
    registry_year   INT          NOT NULL,
    sequence_number BIGINT       NOT NULL,
    registry_number VARCHAR(40)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    registered_on   DATE         NOT NULL,
    registered_at   DATETIME(6)  NOT NULL,
    registered_by   VARCHAR(100) NOT NULL,
    CONSTRAINT uk_registration_case UNIQUE (case_id),
    CONSTRAINT uk_registration_number UNIQUE (registry_number),
    CONSTRAINT uk_registration_sequence UNIQUE (registry_year, sequence_number),
    CONSTRAINT fk_registration_case FOREIGN KEY (case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A case kept whatever retention says, until the hold is lifted.
CREATE TABLE case_legal_hold (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id   BIGINT       NOT NULL,
    reason    VARCHAR(500) NOT NULL,
    placed_at DATETIME(6)  NOT NULL,
    placed_by VARCHAR(100) NOT NULL,
    CONSTRAINT uk_legal_hold_case UNIQUE (case_id),
    CONSTRAINT fk_legal_hold_case FOREIGN KEY (case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
