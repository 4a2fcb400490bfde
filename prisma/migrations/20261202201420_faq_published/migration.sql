-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FaqQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "historical" BOOLEAN NOT NULL DEFAULT false,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastEditorEmail" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "FaqQuestion_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "FaqCategory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FaqQuestion" ("categoryId", "createdAt", "historical", "id", "lastEditorEmail", "position", "slug", "updatedAt", "version") SELECT "categoryId", "createdAt", "historical", "id", "lastEditorEmail", "position", "slug", "updatedAt", "version" FROM "FaqQuestion";
DROP TABLE "FaqQuestion";
ALTER TABLE "new_FaqQuestion" RENAME TO "FaqQuestion";
CREATE UNIQUE INDEX "FaqQuestion_slug_key" ON "FaqQuestion"("slug");
CREATE INDEX "FaqQuestion_categoryId_position_idx" ON "FaqQuestion"("categoryId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

