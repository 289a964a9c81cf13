import { memoised } from './memo';
import { closestWithin } from './similar';
import { foldForMatch } from './text';

/** A user of the account, as the settings list them. */
export interface User {
  name: string;
  email: string;
}

export type OwnerMatch =
  | { status: 'found'; user: User }
  | { status: 'ambiguous'; users: User[] }
  | { status: 'unknown'; closest: User | null };

/** The names HighLevel accepts for a user: "First Last" and "Last First" (both names needed). */
function nameForms(name: string): string[] {
  const words = foldForMatch(name).split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const reversed = [...words.slice(-1), ...words.slice(0, -1)].join(' ');
  return [words.join(' '), reversed];
}

/** A user as a message names them: "Mia Lopez <mia@example.com>". */
export function userLabel({ name, email }: User): string {
  return `${name} <${email}>`;
}

/** Finds the user an Owner value names: by email, or by full name in either order. */
export function matchOwner(value: string, users: readonly User[]): OwnerMatch {
  const wanted = foldForMatch(value);
  if (value.includes('@')) {
    const user = users.find((u) => u.email.trim().toLowerCase() === wanted);
    if (user) return { status: 'found', user };
  } else {
    const matches = users.filter((u) => nameForms(u.name).includes(wanted));
    const [only, ...others] = matches;
    if (only && others.length === 0) return { status: 'found', user: only };
    if (others.length > 0) return { status: 'ambiguous', users: matches };
  }
  const best = closestWithin(
    wanted,
    users.flatMap((u) => [foldForMatch(u.name), u.email.toLowerCase()]),
  );
  return {
    status: 'unknown',
    closest:
      users.find((u) => foldForMatch(u.name) === best || u.email.toLowerCase() === best) ?? null,
  };
}

/** One matcher per list of users: checks 1002 and 1015 read the same owners, once between them. */
const matchers = new WeakMap<readonly User[], (value: string) => OwnerMatch>();

/**
 * `matchOwner` for one list of users, remembered per value: a file names the same few owners on
 * every row, and each match folds every user's name.
 */
export function ownerMatcher(users: readonly User[]): (value: string) => OwnerMatch {
  let matcher = matchers.get(users);
  if (!matcher) {
    matcher = memoised((value) => matchOwner(value, users));
    matchers.set(users, matcher);
  }
  return matcher;
}
