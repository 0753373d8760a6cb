-- Each commune's centre, from the referential's communes-centres.csv (loaded at start).
ALTER TABLE "commune" ADD COLUMN "latitude" DOUBLE PRECISION, ADD COLUMN "longitude" DOUBLE PRECISION;
