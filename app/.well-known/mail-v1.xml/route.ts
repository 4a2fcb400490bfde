import { serveThunderbirdConfig } from '@/lib/autoconfig/serve-autoconfig';

/**
 * The autoconfig file in version 1.2 (draft-ietf-mailmaint-autoconfig), from the same registry as
 * config-v1.1.xml, which keeps serving version 1.1 (docs/autoconfig.md says which path serves what).
 */
export function GET(request: Request) {
  return serveThunderbirdConfig(request, '1.2');
}
