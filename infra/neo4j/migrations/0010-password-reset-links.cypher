// Password reset links are found by the SHA-256 of their one-time token (resetPassword is public).
CREATE INDEX user_reset_token IF NOT EXISTS FOR (u:User) ON (u.resetTokenHash);
