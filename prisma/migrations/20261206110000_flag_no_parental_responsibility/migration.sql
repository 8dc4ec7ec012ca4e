-- A child's referral where no one in it is confirmed to have parental responsibility (issue 11, H11).
ALTER TABLE "referral" ADD COLUMN "flag_no_parental_responsibility" BOOLEAN NOT NULL DEFAULT false;
