-- CreateTable
CREATE TABLE "MailWay" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "protocol" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "tls" TEXT NOT NULL,
    "tlsVersion" TEXT NOT NULL,
    "mechanism" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "result" TEXT NOT NULL
);

-- The ways of the patterns already stored (hand-written: carries existing data).
INSERT INTO "MailWay" ("kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result")
SELECT DISTINCT "kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result" FROM "MailUsagePattern";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MailUsagePattern" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "day" TEXT NOT NULL,
    "mailboxHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "protocol" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "tls" TEXT NOT NULL,
    "tlsVersion" TEXT NOT NULL,
    "mechanism" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "firstSeen" DATETIME NOT NULL,
    "lastSeen" DATETIME NOT NULL,
    "wayId" INTEGER NOT NULL,
    CONSTRAINT "MailUsagePattern_wayId_fkey" FOREIGN KEY ("wayId") REFERENCES "MailWay" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_MailUsagePattern" ("count", "day", "firstSeen", "id", "kind", "lastSeen", "mailboxHash", "mechanism", "network", "port", "protocol", "result", "tls", "tlsVersion", "wayId") SELECT p."count", p."day", p."firstSeen", p."id", p."kind", p."lastSeen", p."mailboxHash", p."mechanism", p."network", p."port", p."protocol", p."result", p."tls", p."tlsVersion", w."id" FROM "MailUsagePattern" p JOIN "MailWay" w ON w."kind" = p."kind" AND w."protocol" = p."protocol" AND w."port" = p."port" AND w."tls" = p."tls" AND w."tlsVersion" = p."tlsVersion" AND w."mechanism" = p."mechanism" AND w."network" = p."network" AND w."result" = p."result";
DROP TABLE "MailUsagePattern";
ALTER TABLE "new_MailUsagePattern" RENAME TO "MailUsagePattern";
CREATE INDEX "MailUsagePattern_mailboxHash_day_idx" ON "MailUsagePattern"("mailboxHash", "day");
CREATE INDEX "MailUsagePattern_wayId_day_mailboxHash_idx" ON "MailUsagePattern"("wayId", "day", "mailboxHash");
CREATE UNIQUE INDEX "MailUsagePattern_day_mailboxHash_kind_protocol_port_tls_tlsVersion_mechanism_network_result_key" ON "MailUsagePattern"("day", "mailboxHash", "kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "MailWay_kind_protocol_port_tls_tlsVersion_mechanism_network_result_key" ON "MailWay"("kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result");

