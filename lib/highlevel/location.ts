/**
 * The sub-account (HighLevel's API still calls it a location) a page of HighLevel's app belongs
 * to, from its address: the app's sub-account pages live under `/v2/location/<id>/…`, and an id
 * is alphanumeric (the example in HighLevel's API reference, "Get Sub-Account (Formerly
 * Location)": ve9EPM428h8vShlRW1KT). Agencies run many sub-accounts, each with
 * its own country, users and custom fields: Preflight keeps settings per location
 * (utils/storage/profiles.ts).
 */
const LOCATION_PATH = /\/location\/([A-Za-z0-9]{6,64})(?:[/?#]|$)/;

/** Whether a text, as a user types it, is a location id: what locationIdOf reads from a path. */
export function isLocationId(text: string): boolean {
  return locationIdOf(`/location/${text}/`) === text;
}

export function locationIdOf(pathname: string): string | null {
  return LOCATION_PATH.exec(pathname)?.[1] ?? null;
}
