-- Referrals made before suggestions were kept: their programme was the suggestion.
UPDATE "referral" SET "suggested_programme" = "programme" WHERE "suggested_programme" IS NULL;
