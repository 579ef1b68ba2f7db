-- Ingång's own tables. Camunda's ACT_* tables are created by the engine itself.

CREATE TABLE queue (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    CONSTRAINT uk_queue_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE topic (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    front_office_id BIGINT       NOT NULL,
    CONSTRAINT uk_topic_code UNIQUE (code),
    CONSTRAINT fk_topic_front_office FOREIGN KEY (front_office_id) REFERENCES queue (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_user (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    username     VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(254),
    CONSTRAINT uk_staff_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_role (
    staff_user_id BIGINT      NOT NULL,
    role          VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_user_id, role),
    CONSTRAINT fk_staff_role_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE queue_membership (
    staff_user_id BIGINT NOT NULL,
    queue_id      BIGINT NOT NULL,
    PRIMARY KEY (staff_user_id, queue_id),
    CONSTRAINT fk_membership_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT fk_membership_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    name           VARCHAR(200),
    email          VARCHAR(254),
    phone          VARCHAR(40),
    customer_group VARCHAR(30)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_customer_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per year; CaseNumbers upserts it under a row lock.
CREATE TABLE case_number_counter (
    counter_year INT    NOT NULL PRIMARY KEY,
    last_value   BIGINT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE service_case (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT       NOT NULL DEFAULT 0,
    case_number               VARCHAR(20)  NOT NULL,
    channel                   VARCHAR(10)  NOT NULL,
    customer_id               BIGINT       NOT NULL,
    customer_group            VARCHAR(30)  NOT NULL,
    subject                   VARCHAR(300) NOT NULL,
    case_type                 VARCHAR(20)  NOT NULL,
    topic_id                  BIGINT,
    priority                  VARCHAR(10)  NOT NULL,
    status                    VARCHAR(25)  NOT NULL,
    front_office_id           BIGINT       NOT NULL,
    queue_id                  BIGINT       NOT NULL,
    assignee                  VARCHAR(100),
    resolved_at_first_contact BOOLEAN      NOT NULL DEFAULT FALSE,
    received_at               DATETIME(6)  NOT NULL,
    first_response_at         DATETIME(6),
    resolved_at               DATETIME(6),
    closed_at                 DATETIME(6),
    routed_count              INT          NOT NULL DEFAULT 0,
    follows_case_id           BIGINT,
    CONSTRAINT uk_service_case_number UNIQUE (case_number),
    CONSTRAINT fk_case_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_case_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT fk_case_front_office FOREIGN KEY (front_office_id) REFERENCES queue (id),
    CONSTRAINT fk_case_queue FOREIGN KEY (queue_id) REFERENCES queue (id),
    CONSTRAINT fk_case_follows FOREIGN KEY (follows_case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Queue views: by group and status, newest first; "my cases".
CREATE INDEX ix_case_queue_status ON service_case (queue_id, status, received_at);
CREATE INDEX ix_case_status_received ON service_case (status, received_at);
CREATE INDEX ix_case_assignee ON service_case (assignee, status);
CREATE INDEX ix_case_customer ON service_case (customer_id, received_at);

CREATE TABLE timeline_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    event       VARCHAR(40),
    author      VARCHAR(100) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    body        MEDIUMTEXT,
    detail      VARCHAR(500),
    CONSTRAINT fk_timeline_case FOREIGN KEY (case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_timeline_case ON timeline_entry (case_id, occurred_at, id);
