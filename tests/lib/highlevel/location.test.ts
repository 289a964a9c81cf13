import { describe, expect, it } from 'vitest';
import { isLocationId, locationIdOf } from '../../../lib/highlevel/location';

describe("the sub-account in HighLevel's address", () => {
  it('is the id after /location/', () => {
    expect(locationIdOf('/v2/location/ve9EPM428h8vShlRW1KT/contacts/smart_list/All')).toBe(
      've9EPM428h8vShlRW1KT',
    );
    expect(locationIdOf('/v2/location/abc123XYZ')).toBe('abc123XYZ');
    expect(locationIdOf('/location/abc123XYZ/settings')).toBe('abc123XYZ');
  });

  it('is none on a page without one, or with something that is not an id', () => {
    expect(locationIdOf('/v2/agency/dashboard')).toBeNull();
    expect(locationIdOf('/')).toBeNull();
    expect(locationIdOf('/v2/location/../contacts')).toBeNull();
    expect(locationIdOf('/v2/location/ab/contacts')).toBeNull();
  });

  it('tells a typed location id from anything else', () => {
    expect(isLocationId('ve9EPM428h8vShlRW1KT')).toBe(true);
    expect(isLocationId('bad id!')).toBe(false);
    expect(isLocationId('ab')).toBe(false);
    expect(isLocationId('abc123/x')).toBe(false);
  });
});
