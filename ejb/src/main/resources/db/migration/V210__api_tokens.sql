-- API tokens (README "API tokens"): a secret an integration or script sends as
-- "Authorization: Bearer", instead of a password that costs PBKDF2 on every request.
-- Only the SHA-256 of the secret is kept (hex, as LinkTokens.hash gives it): the secret is
-- 256 random bits, so there is nothing to try hashes against, and a copy of this table opens
-- nothing. Lookup is by that hash. Expiry is required; revoked rows stay for the audit trail.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    owner_id     BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   VARCHAR(100) NULL,
    last_used_at DATETIME(6)  NULL,
    CONSTRAINT uq_api_token_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_id) REFERENCES staff_user (id),
    INDEX ix_api_token_owner (owner_id)
);

-- The roles a token may use: chosen from the owner's roles when it is made, and at every use
-- only those the owner still holds count.
CREATE TABLE api_token_scope (
    api_token_id BIGINT      NOT NULL,
    role         VARCHAR(20) NOT NULL,
    PRIMARY KEY (api_token_id, role),
    CONSTRAINT fk_api_token_scope_token FOREIGN KEY (api_token_id) REFERENCES api_token (id) ON DELETE CASCADE
);
