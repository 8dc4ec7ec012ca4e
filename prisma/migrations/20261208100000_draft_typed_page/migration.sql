-- "Save and come back later" on a question page keeps that page as typed, unchecked (issue 17).
ALTER TABLE "referral_draft" ADD COLUMN "typed_page" JSONB;
