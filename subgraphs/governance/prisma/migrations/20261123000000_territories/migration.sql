-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "region" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "department" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "department_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "commune" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "former_names" TEXT[],
    "search_name" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "postal_codes" TEXT[],
    "population" INTEGER,

    CONSTRAINT "commune_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "referential_version" (
    "name" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "loaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referential_version_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "region_slug_key" ON "region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "department_slug_key" ON "department"("slug");

-- CreateIndex
CREATE INDEX "department_region_code_idx" ON "department"("region_code");

-- CreateIndex
CREATE INDEX "commune_department_code_idx" ON "commune"("department_code");

-- CreateIndex
CREATE INDEX "commune_search_name_trgm" ON "commune" USING GIN ("search_name" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "department" ADD CONSTRAINT "department_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commune" ADD CONSTRAINT "commune_department_code_fkey" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

