import type { ComponentProps } from 'react';
import { createNavigation } from 'next-intl/navigation';
import { isRenderedPerRequest } from '@/lib/site/per-request-pages';
import { routing } from './routing';

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's locale-aware Link, except that a link to a page rendered per request is not prefetched
 * unless it asks to be (why: lib/site/per-request-pages.ts). Links to cached pages prefetch as usual.
 */
export function Link({ prefetch, ...props }: ComponentProps<typeof navigation.Link>) {
  return (
    <navigation.Link
      {...props}
      prefetch={prefetch ?? (isRenderedPerRequest(props.href) ? false : undefined)}
    />
  );
}
