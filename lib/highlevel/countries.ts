import { memoised } from '../values/memo';
import { foldLabel } from '../values/text';

/**
 * HighLevel's supported countries for a contact's Country (PF15). Source: SOURCES.csvFormat,
 * "Supported Countries List in CSV Imports": the importer accepts exactly the name or the
 * two-letter code, case- and spelling-sensitive ("`United States` is accepted, but `USA` or `U.S.`
 * will cause an error"). Each row: the name as listed, its listed code, and its ISO 3166-1 alpha-3
 * code (Kosovo has none).
 */
export const COUNTRIES: readonly (readonly [name: string, code: string, alpha3?: string])[] = [
  ['Afghanistan', 'AF', 'AFG'],
  ['Albania', 'AL', 'ALB'],
  ['Algeria', 'DZ', 'DZA'],
  ['Andorra', 'AD', 'AND'],
  ['Angola', 'AO', 'AGO'],
  ['Antigua and Barbuda', 'AG', 'ATG'],
  ['Argentina', 'AR', 'ARG'],
  ['Armenia', 'AM', 'ARM'],
  ['Australia', 'AU', 'AUS'],
  ['Austria', 'AT', 'AUT'],
  ['Azerbaijan', 'AZ', 'AZE'],
  ['Bahamas', 'BS', 'BHS'],
  ['Bahrain', 'BH', 'BHR'],
  ['Bangladesh', 'BD', 'BGD'],
  ['Barbados', 'BB', 'BRB'],
  ['Belarus', 'BY', 'BLR'],
  ['Belgium', 'BE', 'BEL'],
  ['Belize', 'BZ', 'BLZ'],
  ['Benin', 'BJ', 'BEN'],
  ['Bhutan', 'BT', 'BTN'],
  ['Bolivia', 'BO', 'BOL'],
  ['Bosnia and Herzegovina', 'BA', 'BIH'],
  ['Botswana', 'BW', 'BWA'],
  ['Brazil', 'BR', 'BRA'],
  ['Brunei', 'BN', 'BRN'],
  ['Bulgaria', 'BG', 'BGR'],
  ['Burkina Faso', 'BF', 'BFA'],
  ['Burundi', 'BI', 'BDI'],
  ['Cabo Verde', 'CV', 'CPV'],
  ['Cambodia', 'KH', 'KHM'],
  ['Cameroon', 'CM', 'CMR'],
  ['Canada', 'CA', 'CAN'],
  ['Central African Republic', 'CF', 'CAF'],
  ['Chad', 'TD', 'TCD'],
  ['Chile', 'CL', 'CHL'],
  ['China', 'CN', 'CHN'],
  ['Colombia', 'CO', 'COL'],
  ['Comoros', 'KM', 'COM'],
  ['Congo', 'CG', 'COG'],
  ['Congo (Kinshasa)', 'CD', 'COD'],
  ['Costa Rica', 'CR', 'CRI'],
  ['Croatia', 'HR', 'HRV'],
  ['Cuba', 'CU', 'CUB'],
  ['Cyprus', 'CY', 'CYP'],
  ['Czech Republic', 'CZ', 'CZE'],
  ['Denmark', 'DK', 'DNK'],
  ['Djibouti', 'DJ', 'DJI'],
  ['Dominica', 'DM', 'DMA'],
  ['Dominican Republic', 'DO', 'DOM'],
  ['East Timor', 'TL', 'TLS'],
  ['Ecuador', 'EC', 'ECU'],
  ['Egypt', 'EG', 'EGY'],
  ['El Salvador', 'SV', 'SLV'],
  ['Equatorial Guinea', 'GQ', 'GNQ'],
  ['Eritrea', 'ER', 'ERI'],
  ['Estonia', 'EE', 'EST'],
  ['Eswatini', 'SZ', 'SWZ'],
  ['Ethiopia', 'ET', 'ETH'],
  ['Fiji', 'FJ', 'FJI'],
  ['Finland', 'FI', 'FIN'],
  ['France', 'FR', 'FRA'],
  ['Gabon', 'GA', 'GAB'],
  ['Gambia', 'GM', 'GMB'],
  ['Georgia', 'GE', 'GEO'],
  ['Germany', 'DE', 'DEU'],
  ['Ghana', 'GH', 'GHA'],
  ['Greece', 'GR', 'GRC'],
  ['Grenada', 'GD', 'GRD'],
  ['Guatemala', 'GT', 'GTM'],
  ['Guinea', 'GN', 'GIN'],
  ['Guinea-Bissau', 'GW', 'GNB'],
  ['Guyana', 'GY', 'GUY'],
  ['Haiti', 'HT', 'HTI'],
  ['Honduras', 'HN', 'HND'],
  ['Hungary', 'HU', 'HUN'],
  ['Iceland', 'IS', 'ISL'],
  ['India', 'IN', 'IND'],
  ['Indonesia', 'ID', 'IDN'],
  ['Iran', 'IR', 'IRN'],
  ['Iraq', 'IQ', 'IRQ'],
  ['Ireland', 'IE', 'IRL'],
  ['Israel', 'IL', 'ISR'],
  ['Italy', 'IT', 'ITA'],
  ['Jamaica', 'JM', 'JAM'],
  ['Japan', 'JP', 'JPN'],
  ['Jordan', 'JO', 'JOR'],
  ['Kazakhstan', 'KZ', 'KAZ'],
  ['Kenya', 'KE', 'KEN'],
  ['Kiribati', 'KI', 'KIR'],
  ['Korea, North', 'KP', 'PRK'],
  ['Korea, South', 'KR', 'KOR'],
  ['Kosovo', 'XK'],
  ['Kuwait', 'KW', 'KWT'],
  ['Kyrgyzstan', 'KG', 'KGZ'],
  ['Laos', 'LA', 'LAO'],
  ['Latvia', 'LV', 'LVA'],
  ['Lebanon', 'LB', 'LBN'],
  ['Lesotho', 'LS', 'LSO'],
  ['Liberia', 'LR', 'LBR'],
  ['Libya', 'LY', 'LBY'],
  ['Liechtenstein', 'LI', 'LIE'],
  ['Lithuania', 'LT', 'LTU'],
  ['Luxembourg', 'LU', 'LUX'],
  ['Madagascar', 'MG', 'MDG'],
  ['Malawi', 'MW', 'MWI'],
  ['Malaysia', 'MY', 'MYS'],
  ['Maldives', 'MV', 'MDV'],
  ['Mali', 'ML', 'MLI'],
  ['Malta', 'MT', 'MLT'],
  ['Marshall Islands', 'MH', 'MHL'],
  ['Mauritania', 'MR', 'MRT'],
  ['Mauritius', 'MU', 'MUS'],
  ['Mexico', 'MX', 'MEX'],
  ['Micronesia', 'FM', 'FSM'],
  ['Moldova', 'MD', 'MDA'],
  ['Monaco', 'MC', 'MCO'],
  ['Mongolia', 'MN', 'MNG'],
  ['Montenegro', 'ME', 'MNE'],
  ['Morocco', 'MA', 'MAR'],
  ['Mozambique', 'MZ', 'MOZ'],
  ['Myanmar', 'MM', 'MMR'],
  ['Namibia', 'NA', 'NAM'],
  ['Nauru', 'NR', 'NRU'],
  ['Nepal', 'NP', 'NPL'],
  ['Netherlands', 'NL', 'NLD'],
  ['New Zealand', 'NZ', 'NZL'],
  ['Nicaragua', 'NI', 'NIC'],
  ['Niger', 'NE', 'NER'],
  ['Nigeria', 'NG', 'NGA'],
  ['North Macedonia', 'MK', 'MKD'],
  ['Norway', 'NO', 'NOR'],
  ['Oman', 'OM', 'OMN'],
  ['Pakistan', 'PK', 'PAK'],
  ['Palau', 'PW', 'PLW'],
  ['Panama', 'PA', 'PAN'],
  ['Papua New Guinea', 'PG', 'PNG'],
  ['Paraguay', 'PY', 'PRY'],
  ['Peru', 'PE', 'PER'],
  ['Philippines', 'PH', 'PHL'],
  ['Poland', 'PL', 'POL'],
  ['Portugal', 'PT', 'PRT'],
  ['Qatar', 'QA', 'QAT'],
  ['Romania', 'RO', 'ROU'],
  ['Russia', 'RU', 'RUS'],
  ['Rwanda', 'RW', 'RWA'],
  ['Saint Kitts and Nevis', 'KN', 'KNA'],
  ['Saint Lucia', 'LC', 'LCA'],
  ['Saint Vincent and the Grenadines', 'VC', 'VCT'],
  ['Samoa', 'WS', 'WSM'],
  ['San Marino', 'SM', 'SMR'],
  ['Sao Tome and Principe', 'ST', 'STP'],
  ['Saudi Arabia', 'SA', 'SAU'],
  ['Senegal', 'SN', 'SEN'],
  ['Serbia', 'RS', 'SRB'],
  ['Seychelles', 'SC', 'SYC'],
  ['Sierra Leone', 'SL', 'SLE'],
  ['Singapore', 'SG', 'SGP'],
  ['Slovakia', 'SK', 'SVK'],
  ['Slovenia', 'SI', 'SVN'],
  ['Solomon Islands', 'SB', 'SLB'],
  ['Somalia', 'SO', 'SOM'],
  ['South Africa', 'ZA', 'ZAF'],
  ['South Sudan', 'SS', 'SSD'],
  ['Spain', 'ES', 'ESP'],
  ['Sri Lanka', 'LK', 'LKA'],
  ['Sudan', 'SD', 'SDN'],
  ['Suriname', 'SR', 'SUR'],
  ['Sweden', 'SE', 'SWE'],
  ['Switzerland', 'CH', 'CHE'],
  ['Syria', 'SY', 'SYR'],
  ['Taiwan', 'TW', 'TWN'],
  ['Tajikistan', 'TJ', 'TJK'],
  ['Tanzania', 'TZ', 'TZA'],
  ['Thailand', 'TH', 'THA'],
  ['Togo', 'TG', 'TGO'],
  ['Tonga', 'TO', 'TON'],
  ['Trinidad and Tobago', 'TT', 'TTO'],
  ['Tunisia', 'TN', 'TUN'],
  ['Turkey', 'TR', 'TUR'],
  ['Turkmenistan', 'TM', 'TKM'],
  ['Tuvalu', 'TV', 'TUV'],
  ['Uganda', 'UG', 'UGA'],
  ['Ukraine', 'UA', 'UKR'],
  ['United Arab Emirates', 'AE', 'ARE'],
  ['United Kingdom', 'GB', 'GBR'],
  ['United States', 'US', 'USA'],
  ['Uruguay', 'UY', 'URY'],
  ['Uzbekistan', 'UZ', 'UZB'],
  ['Vanuatu', 'VU', 'VUT'],
  ['Vatican City', 'VA', 'VAT'],
  ['Venezuela', 'VE', 'VEN'],
  ['Vietnam', 'VN', 'VNM'],
  ['Yemen', 'YE', 'YEM'],
  ['Zambia', 'ZM', 'ZMB'],
  ['Zimbabwe', 'ZW', 'ZWE'],
];

/**
 * Other ways of writing a listed country that name it and nothing else: official, local and
 * older names, and common abbreviations. "America" is left out (it may mean the continents), and
 * so is "Korea" alone (COUNTRY_AMBIGUOUS). Written as people write them; looked up folded.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  USA: 'United States',
  'U.S.': 'United States',
  'U.S.A.': 'United States',
  'United States of America': 'United States',
  'Estados Unidos': 'United States',
  'États-Unis': 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  'Great Britain': 'United Kingdom',
  Britain: 'United Kingdom',
  England: 'United Kingdom',
  Scotland: 'United Kingdom',
  Wales: 'United Kingdom',
  'Northern Ireland': 'United Kingdom',
  'United Kingdom of Great Britain and Northern Ireland': 'United Kingdom',
  UAE: 'United Arab Emirates',
  'U.A.E.': 'United Arab Emirates',
  Deutschland: 'Germany',
  España: 'Spain',
  Brasil: 'Brazil',
  México: 'Mexico',
  Italia: 'Italy',
  Nederland: 'Netherlands',
  'The Netherlands': 'Netherlands',
  Holland: 'Netherlands',
  Schweiz: 'Switzerland',
  Suisse: 'Switzerland',
  Svizzera: 'Switzerland',
  Österreich: 'Austria',
  Belgique: 'Belgium',
  België: 'Belgium',
  Polska: 'Poland',
  Sverige: 'Sweden',
  Norge: 'Norway',
  Danmark: 'Denmark',
  Suomi: 'Finland',
  Éire: 'Ireland',
  'Republic of Ireland': 'Ireland',
  Czechia: 'Czech Republic',
  Türkiye: 'Turkey',
  'South Korea': 'Korea, South',
  'Republic of Korea': 'Korea, South',
  'Korea, Republic of': 'Korea, South',
  'North Korea': 'Korea, North',
  "Democratic People's Republic of Korea": 'Korea, North',
  "Korea, Democratic People's Republic of": 'Korea, North',
  'Russian Federation': 'Russia',
  'Viet Nam': 'Vietnam',
  'Cape Verde': 'Cabo Verde',
  'Timor-Leste': 'East Timor',
  Swaziland: 'Eswatini',
  Macedonia: 'North Macedonia',
  Burma: 'Myanmar',
  'Holy See': 'Vatican City',
  Vatican: 'Vatican City',
  'Democratic Republic of the Congo': 'Congo (Kinshasa)',
  'DR Congo': 'Congo (Kinshasa)',
  DRC: 'Congo (Kinshasa)',
  'Congo-Kinshasa': 'Congo (Kinshasa)',
  'Republic of the Congo': 'Congo',
  'Congo-Brazzaville': 'Congo',
  'Congo (Brazzaville)': 'Congo',
  'Lao PDR': 'Laos',
  "Lao People's Democratic Republic": 'Laos',
  'Syrian Arab Republic': 'Syria',
  'Iran, Islamic Republic of': 'Iran',
  'Islamic Republic of Iran': 'Iran',
  'Moldova, Republic of': 'Moldova',
  'Republic of Moldova': 'Moldova',
  'United Republic of Tanzania': 'Tanzania',
  'Tanzania, United Republic of': 'Tanzania',
  'Brunei Darussalam': 'Brunei',
  'Federated States of Micronesia': 'Micronesia',
  "People's Republic of China": 'China',
  PRC: 'China',
  'Kyrgyz Republic': 'Kyrgyzstan',
  'Slovak Republic': 'Slovakia',
  'The Bahamas': 'Bahamas',
  'Bahamas, The': 'Bahamas',
  'The Gambia': 'Gambia',
  'Gambia, The': 'Gambia',
  'St. Kitts and Nevis': 'Saint Kitts and Nevis',
  'St. Lucia': 'Saint Lucia',
  'St. Vincent and the Grenadines': 'Saint Vincent and the Grenadines',
};

/** Values that could name more than one listed country, or something else: never fixed. */
export const COUNTRY_AMBIGUOUS: Readonly<Record<string, readonly string[]>> = {
  Korea: ['"Korea, South"', '"Korea, North"'],
  America: ['"United States"', 'the Americas'],
};

/**
 * Territories and countries HighLevel does not list, by name and two-letter code: no listed name
 * replaces them (the page: "Puerto Rico, Hong Kong and other territories are not in the list").
 */
export const COUNTRIES_NOT_LISTED: readonly (readonly [name: string, code: string])[] = [
  ['Puerto Rico', 'PR'],
  ['Hong Kong', 'HK'],
  ['Macau', 'MO'],
  ['Guam', 'GU'],
  ['U.S. Virgin Islands', 'VI'],
  ['British Virgin Islands', 'VG'],
  ['American Samoa', 'AS'],
  ['Northern Mariana Islands', 'MP'],
  ['Greenland', 'GL'],
  ['Faroe Islands', 'FO'],
  ['Bermuda', 'BM'],
  ['Cayman Islands', 'KY'],
  ['Gibraltar', 'GI'],
  ['Aruba', 'AW'],
  ['Curaçao', 'CW'],
  ['Guadeloupe', 'GP'],
  ['Martinique', 'MQ'],
  ['Réunion', 'RE'],
  ['French Guiana', 'GF'],
  ['French Polynesia', 'PF'],
  ['New Caledonia', 'NC'],
  ['Isle of Man', 'IM'],
  ['Jersey', 'JE'],
  ['Guernsey', 'GG'],
  ['Palestine', 'PS'],
  ["Côte d'Ivoire", 'CI'],
  ['Ivory Coast', 'CI'],
  ['Western Sahara', 'EH'],
  ['Turks and Caicos Islands', 'TC'],
  ['Anguilla', 'AI'],
  ['Montserrat', 'MS'],
  ['Falkland Islands', 'FK'],
];

/**
 * Lower-case codes that are more likely words than countries: "na" (not available) is no
 * Namibia and "no" is no Norway. Their capital forms are listed codes, so HighLevel takes them.
 */
const CODE_LIKE_WORDS = new Set(['na', 'no']);

export type CountryVerdict =
  | { status: 'listed' }
  | { status: 'renamed'; name: string }
  | { status: 'ambiguous'; candidates: readonly string[] }
  | { status: 'not-listed'; place: string }
  | { status: 'unknown' };

/** Folded like a header: case, accents and punctuation ignored, `&` read as "and". */
function countryKey(value: string): string {
  return foldLabel(value.replaceAll('&', ' and '));
}

const EXACT = new Set(COUNTRIES.flatMap(([name, code]) => [name, code]));
const NAME_BY_CODE = new Map(COUNTRIES.map(([name, code]) => [code, name]));
const CODE_BY_NAME = new Map(COUNTRIES.map(([name, code]) => [name, code]));
const NAME_BY_ALPHA3 = new Map(
  COUNTRIES.flatMap(([name, , alpha3]) => (alpha3 ? [[alpha3, name] as const] : [])),
);
const NAME_BY_KEY = new Map<string, string>([
  ...COUNTRIES.map(([name]) => [countryKey(name), name] as const),
  ...Object.entries(COUNTRY_ALIASES).map(([alias, name]) => [countryKey(alias), name] as const),
]);
const AMBIGUOUS_BY_KEY = new Map(
  Object.entries(COUNTRY_AMBIGUOUS).map(([value, names]) => [countryKey(value), names]),
);
const NOT_LISTED_BY_KEY = new Map(
  COUNTRIES_NOT_LISTED.flatMap(([name, code]) => [
    [countryKey(name), name] as const,
    [code.toLowerCase(), name] as const,
  ]),
);

/** The listed name a two- or three-letter code stands for: alpha-3 only in capitals ("USA", not "per"). */
function nameOfCode(value: string): string | undefined {
  if (value.length === 3) return NAME_BY_ALPHA3.get(value);
  if (value.length !== 2 || CODE_LIKE_WORDS.has(value.toLowerCase())) return undefined;
  return NAME_BY_CODE.get(value.toUpperCase());
}

/**
 * How HighLevel would take a Country value, and the listed name to write when one is certain.
 * Remembered per value: a file writes a few countries over and over, and folding costs.
 */
export const judgeCountry = memoised(readCountry, 10_000);

function readCountry(value: string): CountryVerdict {
  if (EXACT.has(value)) return { status: 'listed' };
  const trimmed = value.trim();
  const key = countryKey(trimmed);
  const name = nameOfCode(trimmed) ?? NAME_BY_KEY.get(key);
  if (name) return { status: 'renamed', name };
  const candidates = AMBIGUOUS_BY_KEY.get(key);
  if (candidates) return { status: 'ambiguous', candidates };
  const place = NOT_LISTED_BY_KEY.get(key);
  return place ? { status: 'not-listed', place } : { status: 'unknown' };
}

/** The listed two-letter code of a Country value, as written or once renamed; undefined otherwise. */
export function countryCodeOf(value: string): string | undefined {
  const verdict = judgeCountry(value);
  if (verdict.status === 'listed') return NAME_BY_CODE.has(value) ? value : CODE_BY_NAME.get(value);
  return verdict.status === 'renamed' ? CODE_BY_NAME.get(verdict.name) : undefined;
}
