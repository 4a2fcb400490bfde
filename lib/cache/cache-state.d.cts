export type Entry = { value: unknown; lastModified: number; tags: string[]; size: number };
export type CacheState = {
  entries: Map<string, Entry>;
  bytes: number;
  tagExpiredAt: Map<string, number>;
  allExpiredAt: number;
};
export function cacheState(): CacheState;
export function expireTags(tags: Iterable<string>, at?: number): void;
export function expireAll(at?: number): void;
export function isExpired(lastModified: number, tags: Iterable<string>): boolean;
