-- AlterTable: the standard's `site_web` may list several addresses; keep them all.
-- Existing places keep their one website. Their content hash now covers the list: the next import
-- of an unchanged file rewrites each of its places once (same content), then changes nothing.
ALTER TABLE "place" ADD COLUMN     "websites" TEXT[];
UPDATE "place" SET "websites" = CASE WHEN "website" IS NULL THEN '{}' ELSE ARRAY["website"] END;
ALTER TABLE "place" DROP COLUMN "website";
