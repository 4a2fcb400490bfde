-- CreateTable
CREATE TABLE "InsightDrop" (
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InsightDrop_pkey" PRIMARY KEY ("day","kind")
);

