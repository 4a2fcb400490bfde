-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "topics" TEXT NOT NULL DEFAULT '',
    "services" TEXT NOT NULL DEFAULT '',
    "frequency" TEXT NOT NULL DEFAULT 'immediate',
    "digestHour" INTEGER NOT NULL DEFAULT 8,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" DATETIME,
    "confirmSentAt" DATETIME,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    "tokenVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "NotificationEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "services" TEXT NOT NULL DEFAULT '',
    "payload" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fanoutCursor" TEXT NOT NULL DEFAULT '',
    "fannedOutAt" DATETIME,
    "recipients" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "digest" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "dueAt" DATETIME NOT NULL,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutboxMessage_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "NotificationEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OutboxMessage_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CapturedMail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "source" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AppSecret" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "importance" TEXT NOT NULL DEFAULT 'normal',
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastEditorEmail" TEXT NOT NULL DEFAULT '',
    "notifyOnPublish" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_Notice" ("category", "createdAt", "id", "importance", "lastEditorEmail", "pinned", "publishedAt", "slug", "status", "updatedAt", "version") SELECT "category", "createdAt", "id", "importance", "lastEditorEmail", "pinned", "publishedAt", "slug", "status", "updatedAt", "version" FROM "Notice";
DROP TABLE "Notice";
ALTER TABLE "new_Notice" RENAME TO "Notice";
CREATE UNIQUE INDEX "Notice_slug_key" ON "Notice"("slug");
CREATE INDEX "Notice_status_publishedAt_idx" ON "Notice"("status", "publishedAt");
CREATE INDEX "Notice_category_status_publishedAt_idx" ON "Notice"("category", "status", "publishedAt");
CREATE TABLE "new_NoticeUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "noticeId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "announce" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "NoticeUpdate_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_NoticeUpdate" ("createdAt", "date", "id", "noticeId") SELECT "createdAt", "date", "id", "noticeId" FROM "NoticeUpdate";
DROP TABLE "NoticeUpdate";
ALTER TABLE "new_NoticeUpdate" RENAME TO "NoticeUpdate";
CREATE INDEX "NoticeUpdate_noticeId_date_idx" ON "NoticeUpdate"("noticeId", "date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_confirmTokenHash_key" ON "Subscriber"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Subscriber_status_id_idx" ON "Subscriber"("status", "id");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationEvent_key_key" ON "NotificationEvent"("key");

-- CreateIndex
CREATE INDEX "NotificationEvent_fannedOutAt_idx" ON "NotificationEvent"("fannedOutAt");

-- CreateIndex
CREATE INDEX "NotificationEvent_createdAt_idx" ON "NotificationEvent"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_digest_dueAt_idx" ON "OutboxMessage"("status", "digest", "dueAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_subscriberId_status_idx" ON "OutboxMessage"("subscriberId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_eventId_subscriberId_key" ON "OutboxMessage"("eventId", "subscriberId");

-- CreateIndex
CREATE INDEX "CapturedMail_createdAt_idx" ON "CapturedMail"("createdAt");

