-- AlterTable
ALTER TABLE "Invite" ADD COLUMN     "isHead" BOOLEAN NOT NULL DEFAULT false;
