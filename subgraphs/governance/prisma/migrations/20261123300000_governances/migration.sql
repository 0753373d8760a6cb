-- CreateEnum
CREATE TYPE "member_role" AS ENUM ('CO_LEADER', 'CO_FUNDER', 'OBSERVER', 'MEMBER');

-- CreateEnum
CREATE TYPE "member_status" AS ENUM ('CANDIDATE', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "committee_kind" AS ENUM ('STRATEGIC', 'TECHNICAL', 'CONSULTATIVE', 'OTHER');

-- CreateEnum
CREATE TYPE "meeting_frequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'AS_NEEDED');

-- CreateEnum
CREATE TYPE "contract_type" AS ENUM ('FRANCE_NUMERIQUE_ENSEMBLE_ROADMAP', 'TERRITORIAL_CONTRACT', 'STATE_REGION_PLAN', 'AGREEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "action_status" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "subsidy_request_status" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REFUSED');

-- CreateTable
CREATE TABLE "governance" (
    "id" UUID NOT NULL,
    "department_code" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "governance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "governance_member" (
    "id" UUID NOT NULL,
    "governance_id" UUID NOT NULL,
    "organization_name" TEXT NOT NULL,
    "siret" TEXT,
    "territory_kind" TEXT,
    "territory_code" TEXT,
    "role" "member_role" NOT NULL,
    "status" "member_status" NOT NULL,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "contact_phone" TEXT,

    CONSTRAINT "governance_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee" (
    "id" UUID NOT NULL,
    "governance_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "committee_kind" NOT NULL,
    "frequency" "meeting_frequency" NOT NULL,
    "next_meeting_on" DATE,

    CONSTRAINT "committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roadmap" (
    "id" UUID NOT NULL,
    "governance_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "contract_type" "contract_type" NOT NULL,
    "region_codes" TEXT[],
    "department_codes" TEXT[],
    "epci_sirens" TEXT[],
    "document_links" TEXT[],

    CONSTRAINT "roadmap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action" (
    "id" UUID NOT NULL,
    "roadmap_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "needs" TEXT[],
    "total_budget" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "status" "action_status" NOT NULL,

    CONSTRAINT "action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_owner" (
    "action_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,

    CONSTRAINT "action_owner_pkey" PRIMARY KEY ("action_id","member_id")
);

-- CreateTable
CREATE TABLE "funding_line" (
    "id" UUID NOT NULL,
    "action_id" UUID NOT NULL,
    "funding_program_id" UUID NOT NULL,
    "amount_requested" INTEGER NOT NULL,
    "amount_granted" INTEGER,
    "status" "subsidy_request_status" NOT NULL,
    "submitted_at" TIMESTAMP(3),
    "decided_at" TIMESTAMP(3),

    CONSTRAINT "funding_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "financial_envelope" (
    "id" UUID NOT NULL,
    "governance_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "ceiling" INTEGER NOT NULL,
    "label" TEXT,

    CONSTRAINT "financial_envelope_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "governance_department_code_key" ON "governance"("department_code");

-- CreateIndex
CREATE INDEX "governance_member_governance_id_idx" ON "governance_member"("governance_id");

-- CreateIndex
CREATE INDEX "committee_governance_id_idx" ON "committee"("governance_id");

-- CreateIndex
CREATE INDEX "roadmap_governance_id_idx" ON "roadmap"("governance_id");

-- CreateIndex
CREATE INDEX "action_roadmap_id_idx" ON "action"("roadmap_id");

-- CreateIndex
CREATE INDEX "funding_line_action_id_idx" ON "funding_line"("action_id");

-- CreateIndex
CREATE INDEX "funding_line_funding_program_id_idx" ON "funding_line"("funding_program_id");

-- CreateIndex
CREATE UNIQUE INDEX "financial_envelope_governance_id_year_key" ON "financial_envelope"("governance_id", "year");

-- AddForeignKey
ALTER TABLE "governance" ADD CONSTRAINT "governance_department_code_fkey" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "governance_member" ADD CONSTRAINT "governance_member_governance_id_fkey" FOREIGN KEY ("governance_id") REFERENCES "governance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee" ADD CONSTRAINT "committee_governance_id_fkey" FOREIGN KEY ("governance_id") REFERENCES "governance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap" ADD CONSTRAINT "roadmap_governance_id_fkey" FOREIGN KEY ("governance_id") REFERENCES "governance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_roadmap_id_fkey" FOREIGN KEY ("roadmap_id") REFERENCES "roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_owner" ADD CONSTRAINT "action_owner_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_owner" ADD CONSTRAINT "action_owner_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "governance_member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding_line" ADD CONSTRAINT "funding_line_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financial_envelope" ADD CONSTRAINT "financial_envelope_governance_id_fkey" FOREIGN KEY ("governance_id") REFERENCES "governance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

