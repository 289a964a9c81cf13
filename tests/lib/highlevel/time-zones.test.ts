import { describe, expect, it } from 'vitest';
import {
  judgeTimeZone,
  TIME_ZONE_ABBREVIATIONS,
  TIME_ZONE_ALIASES,
  TIME_ZONES,
} from '../../../lib/highlevel/time-zones';

describe("HighLevel's time zone table", () => {
  it('has the 108 zones of the page, each once', () => {
    expect(TIME_ZONES).toHaveLength(108);
    expect(new Set(TIME_ZONES).size).toBe(108);
  });

  it('reads every listed zone in small letters, or with spaces for underscores, as itself', () => {
    const wrong = TIME_ZONES.flatMap((zone) =>
      [zone.toLowerCase(), zone.replaceAll('_', ' ')]
        .filter((value) => value !== zone)
        .filter((value) => {
          const verdict = judgeTimeZone(value);
          return verdict.status !== 'renamed' || verdict.zone !== zone;
        }),
    );
    expect(wrong).toEqual([]);
  });

  it('points every alias and abbreviation at listed zones, each alias read as its zone', () => {
    const listed = new Set(TIME_ZONES);
    const wrong = Object.entries(TIME_ZONE_ALIASES).filter(
      ([alias, zone]) =>
        listed.has(alias) ||
        !listed.has(zone) ||
        JSON.stringify(judgeTimeZone(alias)) !== JSON.stringify({ status: 'renamed', zone }),
    );
    expect(wrong).toEqual([]);
    const unlisted = Object.values(TIME_ZONE_ABBREVIATIONS)
      .flat()
      .filter((zone) => !listed.has(zone));
    expect(unlisted).toEqual([]);
  });
});
