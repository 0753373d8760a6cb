-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "place_issue_kind" AS ENUM ('CLOSED', 'WRONG_HOURS', 'WRONG_ADDRESS', 'WRONG_CONTACT', 'WRONG_SERVICES', 'DUPLICATE', 'OTHER');

-- CreateEnum
CREATE TYPE "place_issue_status" AS ENUM ('OPEN', 'RESOLVED', 'DISMISSED');

-- DropIndex
DROP INDEX "place_department_code_name_idx";

-- DropIndex
DROP INDEX "place_commune_code_name_idx";

-- DropIndex
DROP INDEX "place_region_code_name_idx";

-- DropIndex
DROP INDEX "place_name_id_idx";

-- AlterTable (existing rows: sort_name as the application computes it, content_hash unknown)
ALTER TABLE "place" ADD COLUMN     "content_hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "merged_into_id" UUID,
ADD COLUMN     "sort_name" TEXT;
UPDATE "place" SET "sort_name" = trim(regexp_replace(lower(unaccent("name")), '[^a-z0-9]+', ' ', 'g'));
ALTER TABLE "place" ALTER COLUMN "sort_name" SET NOT NULL, ALTER COLUMN "content_hash" DROP DEFAULT;

-- CreateTable
CREATE TABLE "place_issue_report" (
    "id" UUID NOT NULL,
    "place_id" UUID NOT NULL,
    "kind" "place_issue_kind" NOT NULL,
    "message" TEXT NOT NULL,
    "contact" TEXT,
    "status" "place_issue_status" NOT NULL DEFAULT 'OPEN',
    "resolution_note" TEXT,
    "resolved_by" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMP(3),

    CONSTRAINT "place_issue_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "place_duplicate_dismissal" (
    "first_place_id" UUID NOT NULL,
    "second_place_id" UUID NOT NULL,
    "dismissed_by" TEXT NOT NULL,
    "dismissed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "place_duplicate_dismissal_pkey" PRIMARY KEY ("first_place_id","second_place_id")
);

-- CreateIndex
CREATE INDEX "place_issue_report_place_id_idx" ON "place_issue_report"("place_id");

-- CreateIndex
CREATE INDEX "place_issue_report_status_created_at_idx" ON "place_issue_report"("status", "created_at");

-- CreateIndex
CREATE INDEX "place_department_code_idx" ON "place"("department_code");

-- CreateIndex
CREATE INDEX "place_commune_code_idx" ON "place"("commune_code");

-- CreateIndex
CREATE INDEX "place_region_code_idx" ON "place"("region_code");

-- CreateIndex
CREATE INDEX "place_sort_name_id_idx" ON "place"("sort_name", "id");

-- CreateIndex
CREATE INDEX "place_services_idx" ON "place" USING GIN ("services");

-- CreateIndex
CREATE INDEX "place_fees_idx" ON "place" USING GIN ("fees");

-- CreateIndex
CREATE INDEX "place_national_programs_idx" ON "place" USING GIN ("national_programs");

-- CreateIndex
CREATE INDEX "place_specific_publics_idx" ON "place" USING GIN ("specific_publics");

-- AddForeignKey
ALTER TABLE "place_issue_report" ADD CONSTRAINT "place_issue_report_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand: what the Prisma schema cannot describe (see the header of schema.prisma).

-- Full-text search in French: stems, without accents ("mediatheque" finds "Médiathèque").
CREATE TEXT SEARCH CONFIGURATION passerelle_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION passerelle_french
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

ALTER TABLE "place" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('passerelle_french'::regconfig, coalesce("name", '')), 'A') ||
  setweight(to_tsvector('passerelle_french'::regconfig, coalesce("commune_name", '')), 'B') ||
  setweight(to_tsvector('passerelle_french'::regconfig, coalesce("summary", '')), 'C') ||
  setweight(to_tsvector('passerelle_french'::regconfig, coalesce("description", '')), 'D')
) STORED;
CREATE INDEX "place_search_vector_idx" ON "place" USING GIN ("search_vector");

-- Geographic search: a point (x = longitude, y = latitude), null without coordinates.
ALTER TABLE "place" ADD COLUMN "geo" point GENERATED ALWAYS AS (
  CASE WHEN "latitude" IS NOT NULL AND "longitude" IS NOT NULL THEN point("longitude", "latitude") END
) STORED;
CREATE INDEX "place_geo_idx" ON "place" USING GIST ("geo");
