-- Canned answers (svarsstöd): reusable reply texts in Swedish and English.
CREATE TABLE canned_answer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    title       VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    topic_code  VARCHAR(64),
    tags        VARCHAR(500) NOT NULL DEFAULT '',
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_canned_answer_language ON canned_answer (language, title);
-- Searching while replying: words anywhere in title, body or tags.
CREATE FULLTEXT INDEX ft_canned_answer ON canned_answer (title, body, tags);
