import { serveThunderbirdConfig } from '@/lib/autoconfig/serve-autoconfig';

/**
 * Thunderbird autoconfig from the mail service registry (docs/autoconfig.md). Served at
 * both /.well-known/autoconfig/mail/config-v1.1.xml and /mail/config-v1.1.xml (the path Thunderbird
 * asks the autoconfig.<domain> host for).
 */
export function GET(request: Request) {
  return serveThunderbirdConfig(request);
}
