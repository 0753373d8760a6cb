-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "funder_kind" AS ENUM ('EUROPEAN_UNION', 'STATE', 'REGION', 'DEPARTMENT', 'MUNICIPALITY', 'SOCIAL_SECURITY', 'PUBLIC_BANK', 'FOUNDATION', 'PRIVATE');

-- CreateEnum
CREATE TYPE "funding_program_kind" AS ENUM ('GRANT', 'CALL_FOR_PROJECTS', 'ALLOCATION', 'VOUCHER', 'LOAN', 'OTHER');

-- CreateTable
CREATE TABLE "funder" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "funder_kind" NOT NULL,
    "territory_kind" TEXT,
    "territory_code" TEXT,
    "website" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "funder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "funding_program" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "funder_id" UUID NOT NULL,
    "kind" "funding_program_kind" NOT NULL,
    "beneficiaries" TEXT[],
    "national" BOOLEAN NOT NULL,
    "region_codes" TEXT[],
    "department_codes" TEXT[],
    "themes" TEXT[],
    "min_amount" INTEGER,
    "max_amount" INTEGER,
    "cofunding_rate" DOUBLE PRECISION,
    "opens_on" DATE,
    "closes_on" DATE,
    "link" TEXT,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "search_text" TEXT NOT NULL,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "funding_program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pass_numerique_campaign" (
    "id" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "funder_id" UUID,
    "territory_kind" TEXT NOT NULL,
    "territory_code" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "vouchers_issued" INTEGER NOT NULL,
    "vouchers_used" INTEGER NOT NULL,
    "accepting_place_ids" TEXT[],
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pass_numerique_campaign_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "funding_program_closes_on_idx" ON "funding_program"("closes_on");

-- CreateIndex
CREATE INDEX "funding_program_region_codes_idx" ON "funding_program" USING GIN ("region_codes");

-- CreateIndex
CREATE INDEX "funding_program_department_codes_idx" ON "funding_program" USING GIN ("department_codes");

-- CreateIndex
CREATE INDEX "pass_numerique_campaign_accepting_place_ids_idx" ON "pass_numerique_campaign" USING GIN ("accepting_place_ids");

-- CreateIndex
CREATE INDEX "pass_numerique_campaign_territory_kind_territory_code_idx" ON "pass_numerique_campaign"("territory_kind", "territory_code");

-- AddForeignKey
ALTER TABLE "funding_program" ADD CONSTRAINT "funding_program_funder_id_fkey" FOREIGN KEY ("funder_id") REFERENCES "funder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pass_numerique_campaign" ADD CONSTRAINT "pass_numerique_campaign_funder_id_fkey" FOREIGN KEY ("funder_id") REFERENCES "funder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

