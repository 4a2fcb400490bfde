-- CreateTable
CREATE TABLE "MailRegistryRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "document" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL DEFAULT '',
    "sourceHash" TEXT NOT NULL DEFAULT '',
    "authorEmail" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT ''
);

-- CreateIndex
CREATE INDEX "MailRegistryRevision_source_createdAt_idx" ON "MailRegistryRevision"("source", "createdAt");

