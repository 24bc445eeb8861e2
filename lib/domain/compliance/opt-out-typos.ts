/**
 * A consent keyword typed loosely: letters held down ("Stopp", "STOPPP"), spelled out with
 * spaces ("s t o p"), or one slip of the finger in a long keyword ("unsubscibe", "unsuscribe").
 * Short keywords take no slips, since one letter off "stop" or "end" is another word ("step", "and").
 */

/** Keywords at least this long may be matched with one letter wrong, missing, extra or swapped. */
const MIN_FUZZY_LENGTH = 8;

/** `word` with every run of one letter shortened to one ("stoppp" -> "stop"). */
const collapse = (word: string) => word.replace(/([a-z])\1+/g, "$1");

/** Whether `a` becomes `b` by at most one edit: a letter inserted, deleted, replaced, or two neighbours swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (a.length < b.length) return a.slice(i) === b.slice(i + 1);
  return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

/** Each keyword list as its letters alone, collapsed ("stop all" -> "stopal"), computed once per list. */
const collapsedLists = new WeakMap<readonly string[], readonly string[]>();

/**
 * The keyword of `keys` that `letters` (a message's letters alone, "s t o p" -> "stop") spells
 * loosely, or undefined: held letters collapsed, and a long keyword may be one edit off.
 */
export function looseKeyword(letters: string, keys: readonly string[]): string | undefined {
  if (letters.length < 3 || letters.length > 16) return undefined;
  let collapsed = collapsedLists.get(keys);
  if (!collapsed) collapsedLists.set(keys, (collapsed = keys.map((key) => collapse(key.replace(/ /g, "")))));
  const typed = collapse(letters);
  const exact = collapsed.indexOf(typed);
  if (exact >= 0) return keys[exact];
  if (typed.length < MIN_FUZZY_LENGTH - 1) return undefined;
  const near = collapsed.findIndex((key) => key.length >= MIN_FUZZY_LENGTH && withinOneEdit(typed, key));
  return near >= 0 ? keys[near] : undefined;
}
