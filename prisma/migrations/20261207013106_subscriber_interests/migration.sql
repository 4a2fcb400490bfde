-- CreateTable
CREATE TABLE "SubscriberInterest" (
    "subscriberId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("subscriberId", "kind", "value"),
    CONSTRAINT "SubscriberInterest_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Existing data: each subscriber's delimited lists (",maintenance,security,") become one row per value.
INSERT INTO "SubscriberInterest" ("subscriberId", "kind", "value")
WITH RECURSIVE "split"("subscriberId", "kind", "rest", "value") AS (
    SELECT "subscriberId", "kind", "list", '' FROM (
        SELECT "id" AS "subscriberId", 'topic' AS "kind", trim("topics", ',') || ',' AS "list"
        FROM "Subscriber" WHERE trim("topics", ',') <> ''
        UNION ALL
        SELECT "id", 'service', trim("services", ',') || ','
        FROM "Subscriber" WHERE trim("services", ',') <> ''
    )
    UNION ALL
    SELECT "subscriberId", "kind", substr("rest", instr("rest", ',') + 1), substr("rest", 1, instr("rest", ',') - 1)
    FROM "split" WHERE "rest" <> ''
)
SELECT DISTINCT "subscriberId", "kind", "value" FROM "split" WHERE "value" <> '';

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
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
INSERT INTO "new_Subscriber" ("confirmExpiresAt", "confirmSentAt", "confirmTokenHash", "confirmedAt", "createdAt", "digestHour", "email", "frequency", "id", "locale", "status", "tokenVersion", "unsubscribedAt", "updatedAt") SELECT "confirmExpiresAt", "confirmSentAt", "confirmTokenHash", "confirmedAt", "createdAt", "digestHour", "email", "frequency", "id", "locale", "status", "tokenVersion", "unsubscribedAt", "updatedAt" FROM "Subscriber";
DROP TABLE "Subscriber";
ALTER TABLE "new_Subscriber" RENAME TO "Subscriber";
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");
CREATE UNIQUE INDEX "Subscriber_confirmTokenHash_key" ON "Subscriber"("confirmTokenHash");
CREATE INDEX "Subscriber_status_id_idx" ON "Subscriber"("status", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SubscriberInterest_kind_value_subscriberId_idx" ON "SubscriberInterest"("kind", "value", "subscriberId");

