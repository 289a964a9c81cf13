import type { Report } from '../../lib/types';

/**
 * 1013's offer, when most phones of the file without a country code are from one other country:
 * one click reads them as that country's for this file (the `phoneCountry` setting), and the
 * cleaned file then writes them in E.164.
 */
export function PhoneCountryOffer({
  report,
  onAccept,
}: {
  report: Report;
  onAccept: (country: string) => void;
}) {
  const offer = report.issues.find((i) => i.code === '1013' && i.reason === 'file-country');
  const country = offer?.params?.offer;
  if (!offer || typeof country !== 'string') return null;
  const { count, total, region } = offer.params ?? {};
  return (
    <p class="banner" data-offer="phone-country" data-country={country}>
      {count} of {total} phones without a country code are numbers from {region}.{' '}
      <button type="button" data-action="phone-country" onClick={() => onAccept(country)}>
        Read them as numbers from {region}
      </button>
    </p>
  );
}
