// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so that their cache never mixes with the demo's data.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Database drivers load from node_modules at run time, never bundled (better-sqlite3 is a native
  // addon; pg optionally requires pg-native).
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg'],
  typedRoutes: false,
  // forbidden() answers a 403 with app/[locale]/forbidden.tsx when a staff role is too small.
  // Server actions accept up to 3 MB, so a guide screenshot (at most 2 MB) fits with its form fields.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '3mb' } },
  // Microsoft clients ask for /Autodiscover/Autodiscover.xml (or AutoDiscover). Routes are case-sensitive,
  // and a second app/Autodiscover folder would collide with app/autodiscover on case-insensitive disks.
  async rewrites() {
    return {
      beforeFiles: ['/Autodiscover/Autodiscover.xml', '/AutoDiscover/AutoDiscover.xml'].map((source) => ({
        source,
        destination: '/autodiscover/autodiscover.xml',
      })),
    };
  },
};

module.exports = withNextIntl(nextConfig);
