import { WHITESPACE_RUNS } from '../regexes';

/**
 * HighLevel's supported time zones for a contact's Time Zone (PF16), in the page's order. Source:
 * SOURCES.csvFormat, "Supported Timezones": exact and case-sensitive. The page writes
 * `America/Mexico City` with a space; every other zone on it is an IANA name with underscores
 * (`America/New_York`, `America/St_Johns`), and the IANA name is `America/Mexico_City`, so that is
 * the form kept here as the one the importer most likely accepts; the page's form is rewritten to
 * it like any other space for an underscore.
 */
export const TIME_ZONES: readonly string[] = [
  'Etc/GMT+12',
  'Pacific/Midway',
  'Pacific/Honolulu',
  'America/Juneau',
  'US/Alaska',
  'America/Dawson',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/Tijuana',
  'US/Arizona',
  'America/Belize',
  'America/Boise',
  'America/Chihuahua',
  'America/Denver',
  'America/Edmonton',
  'America/Guatemala',
  'America/Managua',
  'America/Regina',
  'Canada/Saskatchewan',
  'US/Mountain',
  'America/Bahia_Banderas',
  'America/Bogota',
  'America/Cancun',
  'America/Chicago',
  'America/Mexico_City',
  'US/Central',
  'America/Caracas',
  'America/Detroit',
  'America/Indiana/Indianapolis',
  'America/Louisville',
  'America/Manaus',
  'America/New_York',
  'America/Santiago',
  'America/Santo_Domingo',
  'America/Toronto',
  'US/East-Indiana',
  'US/Eastern',
  'America/Argentina/Buenos_Aires',
  'America/Glace_Bay',
  'America/Montevideo',
  'America/Sao_Paulo',
  'Canada/Atlantic',
  'America/St_Johns',
  'Canada/Newfoundland',
  'America/Godthab',
  'America/Noronha',
  'Etc/GMT+2',
  'Atlantic/Cape_Verde',
  'Atlantic/Azores',
  'UTC',
  'Africa/Algiers',
  'Africa/Casablanca',
  'Africa/Lagos',
  'Atlantic/Canary',
  'Europe/London',
  'Africa/Cairo',
  'Africa/Harare',
  'Europe/Amsterdam',
  'Europe/Belgrade',
  'Europe/Brussels',
  'Europe/Madrid',
  'Europe/Oslo',
  'Europe/Sarajevo',
  'Africa/Nairobi',
  'Asia/Amman',
  'Asia/Baghdad',
  'Asia/Jerusalem',
  'Asia/Kuwait',
  'Asia/Qatar',
  'Europe/Athens',
  'Europe/Bucharest',
  'Europe/Helsinki',
  'Europe/Moscow',
  'Asia/Baku',
  'Asia/Dubai',
  'Asia/Kabul',
  'Asia/Tehran',
  'Asia/Karachi',
  'Asia/Yekaterinburg',
  'Asia/Colombo',
  'Asia/Kolkata',
  'Asia/Calcutta',
  'Asia/Kathmandu',
  'Asia/Almaty',
  'Asia/Dhaka',
  'Asia/Rangoon',
  'Asia/Bangkok',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Kuala_Lumpur',
  'Asia/Shanghai',
  'Asia/Taipei',
  'Australia/Perth',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Asia/Yakutsk',
  'Australia/Adelaide',
  'Australia/Darwin',
  'Asia/Vladivostok',
  'Australia/Brisbane',
  'Australia/Canberra',
  'Australia/Hobart',
  'Australia/Sydney',
  'Pacific/Guam',
  'Asia/Magadan',
  'Pacific/Auckland',
  'Pacific/Fiji',
  'Pacific/Tongatapu',
];

/**
 * Other names of a listed zone with the same rules: IANA's backward links (tzdata `backward`,
 * https://data.iana.org/time-zones/tzdb/backward), either way round, and the US names of
 * exports such as "Eastern Time (US & Canada)". Written as the file would hold them.
 */
export const TIME_ZONE_ALIASES: Readonly<Record<string, string>> = {
  'US/Pacific': 'America/Los_Angeles',
  'US/Hawaii': 'Pacific/Honolulu',
  'US/Michigan': 'America/Detroit',
  'America/Anchorage': 'US/Alaska',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Fort_Wayne': 'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville': 'America/Louisville',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Nuuk': 'America/Godthab',
  'America/Halifax': 'Canada/Atlantic',
  'America/Montreal': 'America/Toronto',
  'Canada/Eastern': 'America/Toronto',
  'Canada/Mountain': 'America/Edmonton',
  'Mexico/General': 'America/Mexico_City',
  'Mexico/BajaNorte': 'America/Tijuana',
  'America/Ensenada': 'America/Tijuana',
  'America/Shiprock': 'America/Denver',
  Navajo: 'America/Denver',
  'Brazil/East': 'America/Sao_Paulo',
  'Brazil/West': 'America/Manaus',
  'Brazil/DeNoronha': 'America/Noronha',
  'Chile/Continental': 'America/Santiago',
  'Asia/Yangon': 'Asia/Rangoon',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Chongqing': 'Asia/Shanghai',
  'Asia/Chungking': 'Asia/Shanghai',
  'Asia/Harbin': 'Asia/Shanghai',
  PRC: 'Asia/Shanghai',
  ROC: 'Asia/Taipei',
  ROK: 'Asia/Seoul',
  Japan: 'Asia/Tokyo',
  Iran: 'Asia/Tehran',
  Israel: 'Asia/Jerusalem',
  'Asia/Tel_Aviv': 'Asia/Jerusalem',
  Egypt: 'Africa/Cairo',
  'W-SU': 'Europe/Moscow',
  GB: 'Europe/London',
  'GB-Eire': 'Europe/London',
  'Europe/Belfast': 'Europe/London',
  NZ: 'Pacific/Auckland',
  'Etc/UTC': 'UTC',
  'Etc/UCT': 'UTC',
  'Etc/Universal': 'UTC',
  'Etc/Zulu': 'UTC',
  UCT: 'UTC',
  Universal: 'UTC',
  Zulu: 'UTC',
  'Australia/ACT': 'Australia/Sydney',
  'Australia/NSW': 'Australia/Sydney',
  'Australia/Queensland': 'Australia/Brisbane',
  'Australia/South': 'Australia/Adelaide',
  'Australia/North': 'Australia/Darwin',
  'Australia/West': 'Australia/Perth',
  'Australia/Tasmania': 'Australia/Hobart',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Central Time (US & Canada)': 'America/Chicago',
  'Mountain Time (US & Canada)': 'America/Denver',
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
};

/**
 * Abbreviations people write for a zone: none is a zone HighLevel lists, and most stand for
 * several (CST is US Central, China and Cuba; IST is India, Israel and Ireland), so none is fixed.
 * Each names the listed zones it may mean, for the message.
 */
export const TIME_ZONE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  EST: ['America/New_York', 'America/Cancun'],
  EDT: ['America/New_York', 'America/Toronto'],
  ET: ['America/New_York', 'America/Toronto'],
  CST: ['America/Chicago', 'America/Regina', 'Asia/Shanghai'],
  CDT: ['America/Chicago'],
  CT: ['America/Chicago'],
  MST: ['America/Denver', 'America/Phoenix'],
  MDT: ['America/Denver', 'America/Edmonton'],
  MT: ['America/Denver', 'America/Phoenix'],
  PST: ['America/Los_Angeles', 'America/Tijuana'],
  PDT: ['America/Los_Angeles', 'America/Tijuana'],
  PT: ['America/Los_Angeles', 'America/Tijuana'],
  AKST: ['US/Alaska', 'America/Juneau'],
  AKDT: ['US/Alaska', 'America/Juneau'],
  HST: ['Pacific/Honolulu'],
  AST: ['Canada/Atlantic', 'America/Santo_Domingo', 'Asia/Kuwait'],
  ADT: ['Canada/Atlantic'],
  NST: ['America/St_Johns'],
  NDT: ['America/St_Johns'],
  IST: ['Asia/Kolkata', 'Asia/Jerusalem'],
  BST: ['Europe/London', 'Asia/Dhaka'],
  GMT: ['UTC', 'Europe/London'],
  CET: ['Europe/Amsterdam', 'Europe/Brussels', 'Europe/Madrid'],
  CEST: ['Europe/Amsterdam', 'Europe/Brussels', 'Europe/Madrid'],
  EET: ['Europe/Athens', 'Europe/Bucharest', 'Europe/Helsinki'],
  EEST: ['Europe/Athens', 'Europe/Bucharest', 'Europe/Helsinki'],
  WET: ['Atlantic/Canary'],
  MSK: ['Europe/Moscow'],
  AEST: ['Australia/Sydney', 'Australia/Brisbane'],
  AEDT: ['Australia/Sydney', 'Australia/Hobart'],
  ACST: ['Australia/Adelaide', 'Australia/Darwin'],
  AWST: ['Australia/Perth'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  NZST: ['Pacific/Auckland'],
  NZDT: ['Pacific/Auckland'],
};

export type TimeZoneVerdict =
  | { status: 'listed' }
  | { status: 'renamed'; zone: string }
  | { status: 'abbreviation'; candidates: readonly string[] }
  | { status: 'unknown' };

/** Case ignored, spaces around a `/` dropped and others read as `_` ("america / new york"). */
function timeZoneKey(value: string): string {
  return value
    .split('/')
    .map((part) => part.trim().replace(WHITESPACE_RUNS, '_'))
    .join('/')
    .toLowerCase();
}

const LISTED = new Set(TIME_ZONES);
const ABBREVIATIONS = new Map(Object.entries(TIME_ZONE_ABBREVIATIONS));
const ZONE_BY_KEY = new Map<string, string>([
  ...TIME_ZONES.map((zone) => [timeZoneKey(zone), zone] as const),
  ...Object.entries(TIME_ZONE_ALIASES).map(([alias, zone]) => [timeZoneKey(alias), zone] as const),
]);

/** How HighLevel would take a Time Zone value, and the listed zone to write when one is certain. */
export function judgeTimeZone(value: string): TimeZoneVerdict {
  if (LISTED.has(value)) return { status: 'listed' };
  const candidates = ABBREVIATIONS.get(value.trim().toUpperCase());
  if (candidates) return { status: 'abbreviation', candidates };
  const zone = ZONE_BY_KEY.get(timeZoneKey(value));
  return zone ? { status: 'renamed', zone } : { status: 'unknown' };
}
