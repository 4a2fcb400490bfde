-- AlterTable
ALTER TABLE "FaqQuestion" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT true;

