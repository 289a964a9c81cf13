import { Metadata, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';

/**
 * The parts of libphonenumber-js's numbering plan the phone modules read: its type declarations
 * list fewer. One reader for the prefix memo's plans, the number gate and the number reader.
 */
export interface PlanReader {
  callingCode(): string;
  IDDPrefix(): string | 0 | undefined;
  nationalPrefixForParsing(): string | 0 | undefined;
  nationalPrefixTransformRule(): string | 0 | undefined;
  leadingDigits(): string | 0 | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  type(name: string): { pattern(): string } | undefined;
}

/** The numbering plan of a country, or of a calling code's main country ("1", "44"). */
export function planReader(metadata: MetadataJson): (code: string) => PlanReader {
  const plans = new Metadata(metadata);
  return (code) => {
    plans.selectNumberingPlan(code as CountryCode);
    return plans.numberingPlan as unknown as PlanReader;
  };
}

/** A prefix pattern of the metadata (international, national), matched at the start only. */
export const anchoredPrefix = (source: string | 0 | undefined): RegExp | null =>
  source ? new RegExp(`^(?:${source})`) : null;
