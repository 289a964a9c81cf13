/**
 * What HighLevel does with a row or a file, in the order a report groups issues, with the one
 * wording the CLI, the panel, the reports list and the README use for each. Each code's class comes
 * from what HighLevel's error-code article says it does (codes.ts).
 */
export const OUTCOME_CLASSES = [
  'file-blocked',
  'row-skipped',
  'field-dropped',
  'duplicate-risk',
  'notice',
] as const;
export type OutcomeClass = (typeof OUTCOME_CLASSES)[number];

export interface Outcome {
  /** Heading of the group ("Rows skipped"). */
  name: string;
  /** On a chip or in a table cell, counted per problem ("Skipped"). */
  short: string;
  /** What it means for the import, after the name. */
  hint: string;
}

export const OUTCOMES: Record<OutcomeClass, Outcome> = {
  'file-blocked': {
    name: 'File rejected',
    short: 'File rejected',
    hint: 'HighLevel would import nothing',
  },
  'row-skipped': {
    name: 'Rows skipped',
    short: 'Skipped',
    hint: 'these rows would not be created or updated',
  },
  'field-dropped': {
    name: 'Fields dropped',
    short: 'Field dropped',
    hint: 'the row imports, this field arrives empty',
  },
  'duplicate-risk': {
    name: 'Duplicate risk',
    short: 'Duplicate risk',
    hint: 'the row imports, but may duplicate a contact',
  },
  notice: { name: 'Notices', short: 'Notices', hint: 'worth knowing, no data lost' },
};

/** Whether `outcome` costs more than `than`: OUTCOME_CLASSES runs from the worst. */
export const isWorse = (outcome: OutcomeClass, than: OutcomeClass) =>
  OUTCOME_CLASSES.indexOf(outcome) < OUTCOME_CLASSES.indexOf(than);
