-- CreateTable
CREATE TABLE "MailWay" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "protocol" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "tls" TEXT NOT NULL,
    "tlsVersion" TEXT NOT NULL,
    "mechanism" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "result" TEXT NOT NULL,

    CONSTRAINT "MailWay_pkey" PRIMARY KEY ("id")
);

-- The ways of the patterns already stored, and each pattern's way (hand-written: carries existing data).
INSERT INTO "MailWay" ("kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result")
SELECT DISTINCT "kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result" FROM "MailUsagePattern";
ALTER TABLE "MailUsagePattern" ADD COLUMN     "wayId" INTEGER;
UPDATE "MailUsagePattern" p SET "wayId" = w."id" FROM "MailWay" w
WHERE w."kind" = p."kind" AND w."protocol" = p."protocol" AND w."port" = p."port" AND w."tls" = p."tls"
  AND w."tlsVersion" = p."tlsVersion" AND w."mechanism" = p."mechanism" AND w."network" = p."network" AND w."result" = p."result";
ALTER TABLE "MailUsagePattern" ALTER COLUMN "wayId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "MailWay_kind_protocol_port_tls_tlsVersion_mechanism_network_key" ON "MailWay"("kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result");

-- CreateIndex
CREATE INDEX "MailUsagePattern_wayId_day_mailboxHash_idx" ON "MailUsagePattern"("wayId", "day", "mailboxHash");

-- AddForeignKey
ALTER TABLE "MailUsagePattern" ADD CONSTRAINT "MailUsagePattern_wayId_fkey" FOREIGN KEY ("wayId") REFERENCES "MailWay"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

