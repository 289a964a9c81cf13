import { defineCheck, type Row, type Run } from '../check';
import { ADDITIONAL, ADDITIONAL_SEPARATOR, additionalKindOf } from '../highlevel/several-values';
import type { Column } from '../mapping';
import { judgeEmail } from '../values/email';
import { splitPhones } from '../values/phone';

type Kind = 'email' | 'phone';

/**
 * Between the values HighLevel reads in an Additional column: `,` `;` `/` for emails (white-label
 * copies of its multiple-emails article); commas for phones, where a bare `/` may be inside a
 * number, so only a spaced one separates.
 */
const LIST_SEPARATOR: Record<Kind, RegExp> = { email: /[,;/]/, phone: /[,;]| \/ / };

/** The kind of contact value a column holds, main, extra or Additional; null for the others. */
function kindOf(column: Column): Kind | null {
  if (column.kind === 'email' || column.kind === 'phone') return column.kind;
  return additionalKindOf(column.kind);
}

const isList = (column: Column) => additionalKindOf(column.kind) !== null;

/** The value as HighLevel would keep it, or null when it is not a valid email or phone. */
function usable(run: Run, kind: Kind, value: string): string | null {
  if (kind === 'phone') {
    const verdict = run.phone.judge(value);
    return verdict.status === 'valid' ? verdict.e164 : null;
  }
  const verdict = judgeEmail(value);
  if (verdict.status === 'valid') return value.trim();
  return verdict.status === 'repaired' ? verdict.fixed : null;
}

/** Two values are one contact value when they differ only by an email's case. */
const sameKey = (kind: Kind, value: string) => (kind === 'email' ? value.toLowerCase() : value);

/** The values an Additional column's cell holds. */
function listPieces(kind: Kind, value: string): string[] {
  return value
    .split(LIST_SEPARATOR[kind])
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

/** The row HighLevel's FAQ adds for an extra value: the same name, the value, nothing else. */
function extraRow(run: Run, row: Row, target: Column, value: string): string[] {
  const values = run.columns.map(() => '');
  for (const kind of ['firstName', 'lastName', 'fullName'] as const) {
    const name = run.columnOf(kind);
    if (name) values[name.index] = row.values[name.index] ?? '';
  }
  values[target.index] = value;
  return values;
}

/** An extra valid value, and where it came from (for the issue naming it). */
interface Extra {
  value: string;
  column: Column;
  raw: string;
  /** Named on its own (a second column's value); a main cell's pieces are named by the cell. */
  named: boolean;
}

/**
 * PF07: several emails or phones in one cell, a second email/phone column, or HighLevel's own
 * Additional Emails / Additional Phones columns. By default every extra valid value goes into the
 * Additional column of the same row (added to the cleaned file when the file has none): one row a
 * contact, never a row HighLevel would skip. With `severalValues: 'extra-rows'`, the seed FAQ's
 * way: an extra row with the name and the value, made only for a value HighLevel can match that
 * row on (else it would be skipped, 1009: such a value is named instead). Either way an empty
 * main field takes the first valid extra value, as HighLevel does with Additional Emails, and
 * invalid values are named, not moved.
 */
export default defineCheck('PF07', (run) => {
  const mode = run.settings.severalValues;
  // Turned off, the cells stay as written: a split cell is declined by `set`, and nothing moves.
  const moving = run.fixes('severalValues');
  const matchable = (kind: Kind) =>
    run.settings.primary === kind || run.settings.secondary === kind;

  /** Second email/phone columns and Additional columns: their values may fill an empty main. */
  let sources: Column[] = [];
  /** This row's extra values of each kind, placed at its end. */
  const extras: Record<Kind, Extra[]> = { email: [], phone: [] };
  /** The source column and value that this row moved into its main field. */
  const filled: Partial<Record<Kind, { column: Column; value: string }>> = {};
  /** Second columns that gave the Additional columns a value in some row. */
  const movedFrom = new Set<Column>();
  /** Extra rows (FAQ mode), built at the row's end from the fixed values. */
  const pending: { target: Column; value: string }[] = [];

  const fieldOf = (kind: Kind) => run.columnOf(kind)?.fieldLabel ?? kind;
  const details = (row: Row, column: Column, value: string, kind: Kind) => ({
    row: row.number,
    column: column.header,
    value,
    params: { field: fieldOf(kind), list: ADDITIONAL[kind].field.label, max: ADDITIONAL[kind].max },
  });

  /** The first usable value a source holds, to fill an empty main field. */
  function firstUsable(kind: Kind, column: Column, value: string): string | null {
    for (const piece of isList(column) ? listPieces(kind, value) : [value]) {
      const fixed = usable(run, kind, piece);
      if (fixed) return fixed;
    }
    return null;
  }

  /** The Additional column this kind's values are written to: the file's, or one added. */
  function listColumn(kind: Kind): Column {
    return run.columnOf(ADDITIONAL[kind].field.kind) ?? run.addColumn(ADDITIONAL[kind].field);
  }

  /** FAQ mode: an extra row for a value HighLevel can match it on; any other value is named. */
  function placeInRow(row: Row, kind: Kind, extra: Extra) {
    const main = run.columnOf(kind);
    if (!main) return;
    const about = details(row, extra.column, extra.raw, kind);
    if (!matchable(kind)) {
      run.report('PF07', 'extra-not-matching', { ...about, fix: '' });
      return;
    }
    pending.push({ target: main, value: extra.value });
    if (extra.named) run.report('PF07', 'extra-column', { ...about, fix: extra.value });
  }

  /** Default: the row's Additional column holds its own valid values and every extra one. */
  function writeList(row: Row, kind: Kind) {
    const own = run.columnOf(ADDITIONAL[kind].field.kind);
    const moved = extras[kind];
    if (moved.length === 0 && !own) return;
    const main = run.columnOf(kind);
    const seen = new Set<string>();
    const mainValue = main ? (row.values[main.index] ?? '').trim() : '';
    if (mainValue) seen.add(sameKey(kind, mainValue));
    const kept: string[] = [];
    for (const extra of moved) {
      const key = sameKey(kind, extra.value);
      if (seen.has(key)) continue;
      seen.add(key);
      const about = details(row, extra.column, extra.raw, kind);
      if (kept.length >= ADDITIONAL[kind].max) {
        run.report('PF07', 'too-many', { ...about, fix: '' });
        continue;
      }
      kept.push(extra.value);
      if (extra.column.extra) movedFrom.add(extra.column);
    }
    if (kept.length === 0 && !own) return;
    run.set(row, listColumn(kind), 'PF07', kept.join(ADDITIONAL_SEPARATOR));
  }

  function collect(row: Row, kind: Kind, extra: Extra) {
    if (mode === 'extra-rows' && !isList(extra.column)) placeInRow(row, kind, extra);
    else extras[kind].push(extra);
  }

  return {
    finish() {
      if (!moving) {
        for (const column of run.columns) {
          if (!column.extra || !kindOf(column) || !run.hasValue(column)) continue;
          const kind = kindOf(column) as Kind;
          run.report('PF07', 'second-column-kept', {
            column: column.header,
            params: { field: fieldOf(kind) },
            declined: 'severalValues',
          });
        }
        return;
      }
      // One finding a column: what it held is in the Additional column, row by row.
      for (const column of movedFrom) {
        const kind = kindOf(column) as Kind;
        run.report('PF07', 'second-column', {
          column: column.header,
          fix: ADDITIONAL[kind].field.label,
          params: { field: fieldOf(kind) },
        });
      }
    },
    header() {
      if (!moving) return;
      sources = run.columns.filter(
        (column) => kindOf(column) !== null && (column.extra || isList(column)),
      );
      // Their values are moved: the cleaned file keeps the main field and one Additional column.
      for (const column of sources) if (column.extra) run.dropColumn(column);
    },
    // Before any cell is checked, so that every check sees the main field as it will be written.
    rowStart(row) {
      // Cleared, not deleted: a delete a row turns the object into a slow dictionary.
      filled.email = undefined;
      filled.phone = undefined;
      for (const column of sources) {
        const kind = kindOf(column) as Kind;
        const main = run.columnOf(kind);
        const value = row.values[column.index] ?? '';
        if (!main || filled[kind] || value.trim() === '') continue;
        if ((row.values[main.index] ?? '').trim() !== '') continue;
        const fix = firstUsable(kind, column, value);
        if (!fix) continue;
        run.set(row, main, 'PF07', fix);
        run.report('PF07', 'extra-fills-main', { ...details(row, column, value, kind), fix });
        filled[kind] = { column, value: fix };
      }
      return undefined;
    },
    cell: {
      applies: (column) => kindOf(column) !== null,
      check(row, column, value) {
        const kind = kindOf(column) as Kind;
        const main = run.columnOf(kind);
        const taken = filled[kind]?.column === column ? filled[kind]?.value : undefined;
        if (column.extra || isList(column)) {
          if (!moving) return;
          const pieces = isList(column) ? listPieces(kind, value) : [value];
          for (const piece of pieces) {
            const fixed = usable(run, kind, piece);
            if (fixed === taken) continue;
            if (fixed)
              collect(row, kind, { value: fixed, column, raw: piece, named: !isList(column) });
            else {
              const reason = isList(column) ? 'piece-invalid' : 'extra-invalid';
              run.report('PF07', reason, { ...details(row, column, piece, kind), fix: '' });
            }
          }
          return;
        }
        if (!main || column !== main) return;
        const email = kind === 'email' ? judgeEmail(value) : null;
        const pieces = email
          ? email.status === 'multiple'
            ? email.values
            : [value]
          : splitPhones(value);
        if (pieces.length < 2) return;
        const [first, ...others] = pieces as [string, ...string[]];
        run.set(row, column, 'PF07', first);
        run.report('PF07', kind === 'email' ? 'email-cell' : 'phone-cell', {
          ...details(row, column, value, kind),
          fix: first,
          params: { count: pieces.length, placed: `${kind}-${mode}` },
        });
        if (!moving) return;
        for (const other of others) {
          const fixed = usable(run, kind, other);
          if (fixed) collect(row, kind, { value: fixed, column, raw: other, named: false });
          else
            run.report('PF07', 'piece-invalid', { ...details(row, column, other, kind), fix: '' });
        }
      },
    },
    row(row) {
      if (!moving) return;
      for (const kind of ['email', 'phone'] as const) {
        writeList(row, kind);
        extras[kind].length = 0;
      }
      for (const { target, value } of pending)
        run.addRowAfter(row, extraRow(run, row, target, value));
      pending.length = 0;
    },
  };
});
