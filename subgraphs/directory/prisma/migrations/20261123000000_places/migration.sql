-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "place" (
    "id" UUID NOT NULL,
    "dataset" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "pivot" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "address_complement" TEXT,
    "postal_code" TEXT NOT NULL,
    "commune_name" TEXT NOT NULL,
    "commune_code" TEXT,
    "department_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "structure_types" TEXT[],
    "phone" TEXT,
    "emails" TEXT[],
    "website" TEXT,
    "opening_hours" TEXT,
    "summary" TEXT,
    "description" TEXT,
    "source" TEXT,
    "parent_organization" TEXT,
    "updated_on" DATE NOT NULL,
    "itinerance" TEXT[],
    "services" TEXT[],
    "specific_publics" TEXT[],
    "specific_support" TEXT[],
    "fees" TEXT[],
    "national_programs" TEXT[],
    "training_labels" TEXT[],
    "other_training_labels" TEXT[],
    "access_modes" TEXT[],
    "support_modes" TEXT[],
    "accessibility_sheet_url" TEXT,
    "appointment_url" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archived_at" TIMESTAMP(3),

    CONSTRAINT "place_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "place_department_code_name_idx" ON "place"("department_code", "name");

-- CreateIndex
CREATE INDEX "place_commune_code_name_idx" ON "place"("commune_code", "name");

-- CreateIndex
CREATE INDEX "place_region_code_name_idx" ON "place"("region_code", "name");

-- CreateIndex
CREATE INDEX "place_name_id_idx" ON "place"("name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "place_dataset_external_id_key" ON "place"("dataset", "external_id");

