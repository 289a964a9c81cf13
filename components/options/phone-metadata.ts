import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';

/** The same phone metadata the validation worker uses: the page agrees with the check. */
export const phoneMetadata = metadata as unknown as MetadataJson;
