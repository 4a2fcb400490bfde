import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

type Tree = { [key: string]: string | Tree };

/** A message catalog as `{ 'Namespace.key': message }`, the dotted keys next-intl looks messages up by. */
function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

export const flatEn = flatten(en);
export const flatJa = flatten(ja);
