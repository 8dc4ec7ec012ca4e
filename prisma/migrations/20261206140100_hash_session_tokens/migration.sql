-- Staff session tokens are kept only as their SHA-256 (lib/auth/hashed-session-tokens.ts, review
-- L-1). Sessions made before this change are hashed in place, so the cookies staff already hold
-- keep working. A hashed token is 64 hex characters; better-auth's raw tokens are 32.
UPDATE "staff_session"
SET "token" = encode(sha256(convert_to("token", 'UTF8')), 'hex')
WHERE "token" !~ '^[0-9a-f]{64}$';
