import 'server-only';
import { createPrismaClient, type PrismaClient } from './create-client';

/**
 * The application's one Prisma client. Kept on globalThis so that development hot reloads do not
 * open a new connection on every edit.
 */
const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.portalPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.portalPrisma = prisma;
