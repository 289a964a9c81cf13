import { closestWithin } from './similar';
import { foldForMatch } from './text';

/** How one value of an enumeration cell meets the field's options (1005, 1016). */
export type OptionMatch =
  | { status: 'exact' }
  /** Only case, spacing or accents differ from exactly one option. */
  | { status: 'near'; option: string }
  | { status: 'ambiguous'; options: string[] }
  | { status: 'none'; closest: string | null };

/** Matches one value against options; `exact` wins, then a unique case/space/accent match. */
export function matchOption(value: string, options: readonly string[]): OptionMatch {
  if (options.includes(value)) {
    const same = options.filter((o) => o.toLowerCase() === value.toLowerCase());
    return same.length > 1 ? { status: 'ambiguous', options: same } : { status: 'exact' };
  }
  const folded = foldForMatch(value);
  const near = options.filter((o) => foldForMatch(o) === folded);
  const [only, ...others] = near;
  if (only !== undefined && others.length === 0) return { status: 'near', option: only };
  if (others.length > 0) return { status: 'ambiguous', options: near };
  return { status: 'none', closest: closestWithin(value, options) };
}
