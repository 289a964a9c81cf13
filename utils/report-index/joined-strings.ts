/**
 * Strings as one text and where each ends: one string crosses to the page as a copy of its
 * characters, where a list of 100,000 strings is 100,000 objects to receive.
 */
export interface JoinedStrings {
  text: string;
  /** String k is text[ends[k - 1], ends[k]), the first from 0. */
  ends: Uint32Array;
}

export function joinStrings(list: readonly string[]): JoinedStrings {
  const ends = new Uint32Array(list.length);
  let length = 0;
  list.forEach((text, k) => (ends[k] = length += text.length));
  return { text: list.join(''), ends };
}

export function stringAt({ text, ends }: JoinedStrings, k: number): string {
  return text.slice(k === 0 ? 0 : ends[k - 1], ends[k]);
}

export function splitStrings(joined: JoinedStrings): string[] {
  const list: string[] = [];
  for (let k = 0; k < joined.ends.length; k++) list.push(stringAt(joined, k));
  return list;
}
