/**
 * HighLevel's standard contact fields, with the header names other CRMs, spreadsheets and sample
 * files export for each. Aliases are compared after `headerKey` (lowercase, accents and
 * punctuation removed), so "E-mail Address", "email_address" and "EmailAddress" are one alias.
 * Sources: HighLevel's contact import mapping; Outlook, Salesforce and ACT! export headers
 * (SuiteCRM import maps, tests/fixtures/crm-exports); the Google Contacts (old "Type" and current
 * "Label" layouts), Pipedrive, HubSpot, Outlook, Salesforce, Zoho, ActiveCampaign, Mailchimp, Keap
 * and LinkedIn Connections exports (tests/fixtures/vendors/SOURCE.md); and the German, French and
 * Spanish headers of spreadsheets saved in those languages. A vendor's second and third email or
 * phone columns map to Email or Phone: mapping marks them extra, and PF07 handles them. Type and
 * label columns ("E-mail 1 - Type", "Phone 1 - Label") and Google's "Address 1 - Formatted" (the
 * street, city, region and postal code again, in one cell) stay unmapped.
 */

export type FieldKind =
  | 'contactId'
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'email'
  | 'phone'
  | 'date'
  | 'postalCode'
  | 'country'
  | 'owner'
  | 'notes'
  | 'dnd'
  | 'tags'
  | 'timeZone'
  | 'emailList'
  | 'phoneList'
  | 'number'
  | 'money'
  | 'text'
  | 'enum'
  | 'unsupported';

export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  aliases: readonly string[];
}

export const STANDARD_FIELDS: readonly FieldDef[] = [
  {
    key: 'contactId',
    label: 'Contact Id',
    kind: 'contactId',
    aliases: ['contactid', 'ghlcontactid', 'highlevelid', 'hlcontactid'],
  },
  {
    key: 'firstName',
    label: 'First Name',
    kind: 'firstName',
    aliases: [
      'firstname',
      'first',
      'givenname',
      'fname',
      'forename',
      'contactfirstname',
      'personfirstname',
      'vorname',
      'prenom',
    ],
  },
  {
    key: 'lastName',
    label: 'Last Name',
    kind: 'lastName',
    aliases: [
      'lastname',
      'last',
      'surname',
      'familyname',
      'lname',
      'contactlastname',
      'personlastname',
      'nachname',
      'nom',
      'nomdefamille',
      'apellido',
      'apellidos',
    ],
  },
  {
    key: 'fullName',
    label: 'Full Name',
    kind: 'fullName',
    aliases: ['fullname', 'name', 'contactname', 'displayname', 'personname'],
  },
  {
    key: 'email',
    label: 'Email',
    kind: 'email',
    aliases: [
      'email',
      'emailaddress',
      'email1',
      'emaillogin',
      'emailaddress1',
      'mail',
      'primaryemail',
      'workemail',
      'personalemail',
      'businessemail',
      'email2',
      'email3',
      'emailaddress2',
      'secondaryemail',
      'otheremail',
      'alternateemail',
      'email1value',
      'email2value',
      'email3value',
      'email2address',
      'email3address',
      'emailaddress3',
      'personemail',
      'personemailwork',
      'personemailhome',
      'personemailother',
      'correo',
      'courriel',
    ],
  },
  {
    key: 'phone',
    label: 'Phone',
    kind: 'phone',
    aliases: [
      'phone',
      'phone1',
      'phonenumber',
      'mobile',
      'mobilephone',
      'mobilenumber',
      'cell',
      'cellphone',
      'cellnumber',
      'telephone',
      'tel',
      'primaryphone',
      'businessphone',
      'workphone',
      'homephone',
      'contactphone',
      'directphone',
      'phone2',
      'phone3',
      'otherphone',
      'secondaryphone',
      'alternatephone',
      'phone1value',
      'phone2value',
      'phone3value',
      'mobilephonenumber',
      'businessphone2',
      'homephone2',
      'personphone',
      'personphonework',
      'personphonemobile',
      'personphonehome',
      'personphoneother',
      'telefon',
      'telefonnummer',
      'handy',
      'mobil',
      'portable',
      'telefono',
      'celular',
      'movil',
    ],
  },
  {
    key: 'companyName',
    label: 'Business Name',
    kind: 'text',
    aliases: [
      'companyname',
      'company',
      'organization',
      'organisation',
      'org',
      'business',
      'businessname',
      'accountname',
      'account',
      'organizationname',
      'organization1name',
      'personorganization',
      'employer',
      'firma',
      'unternehmen',
      'societe',
      'entreprise',
      'empresa',
    ],
  },
  {
    key: 'address1',
    label: 'Address',
    kind: 'text',
    aliases: [
      'address',
      'address1',
      'streetaddress',
      'streetaddress1',
      'street',
      'street1',
      'addressline1',
      'mailingstreet',
      'businessstreet',
      'homestreet',
      'mailingaddress',
      'address1street',
      'strasse',
      'adresse',
      'direccion',
    ],
  },
  {
    key: 'city',
    label: 'City',
    kind: 'text',
    aliases: [
      'city',
      'town',
      'mailingcity',
      'businesscity',
      'homecity',
      'address1city',
      'ort',
      'stadt',
      'ville',
      'ciudad',
    ],
  },
  {
    key: 'state',
    label: 'State',
    kind: 'text',
    aliases: [
      'state',
      'province',
      'region',
      'stateprovince',
      'mailingstate',
      'businessstate',
      'homestate',
      'stateregion',
      'mailingstateprovince',
      'address1region',
    ],
  },
  {
    key: 'postalCode',
    label: 'Postal Code',
    kind: 'postalCode',
    aliases: [
      'postalcode',
      'zip',
      'zipcode',
      'postcode',
      'zippostalcode',
      'postal',
      'mailingzippostalcode',
      'businesspostalcode',
      'homepostalcode',
      'mailingzip',
      'address1postalcode',
      'plz',
      'postleitzahl',
      'codepostal',
      'codigopostal',
    ],
  },
  {
    key: 'country',
    label: 'Country',
    kind: 'country',
    aliases: [
      'country',
      'countryregion',
      'countrycode',
      'mailingcountry',
      'businesscountryregion',
      'homecountryregion',
      'address1country',
      'land',
      'pays',
      'pais',
    ],
  },
  {
    key: 'website',
    label: 'Website',
    kind: 'text',
    aliases: [
      'website',
      'url',
      'web',
      'homepage',
      'webpage',
      'site',
      'websiteurl',
      'website1value',
    ],
  },
  {
    key: 'dateOfBirth',
    label: 'Date of Birth',
    kind: 'date',
    aliases: [
      'dateofbirth',
      'dob',
      'birthday',
      'birthdate',
      'geburtstag',
      'geburtsdatum',
      'datedenaissance',
      'fechadenacimiento',
    ],
  },
  {
    key: 'source',
    label: 'Source',
    kind: 'text',
    aliases: ['source', 'leadsource', 'contactsource'],
  },
  {
    key: 'tags',
    label: 'Tags',
    kind: 'tags',
    aliases: [
      'tags',
      'tag',
      'labels',
      'groupmembership',
      'categories',
      'personlabels',
      'personlabel',
    ],
  },
  { key: 'timezone', label: 'Time Zone', kind: 'timeZone', aliases: ['timezone', 'tz'] },
  {
    key: 'additionalEmails',
    label: 'Additional Emails',
    kind: 'emailList',
    aliases: ['additionalemails', 'additionalemail', 'additionalemailaddresses'],
  },
  {
    key: 'additionalPhones',
    label: 'Additional Phones',
    kind: 'phoneList',
    aliases: ['additionalphones', 'additionalphone', 'additionalphonenumbers'],
  },
  { key: 'dnd', label: 'DND', kind: 'dnd', aliases: ['dnd', 'donotdisturb', 'dndallchannels'] },
  {
    key: 'notes',
    label: 'Notes',
    kind: 'notes',
    aliases: ['notes', 'note', 'description', 'comments'],
  },
  {
    key: 'owner',
    label: 'Contact Owner',
    kind: 'owner',
    aliases: [
      'contactowner',
      'owner',
      'assignedto',
      'assigneduser',
      'leadowner',
      'recordowner',
      'salesrep',
      'personowner',
    ],
  },
  { key: 'type', label: 'Contact Type', kind: 'text', aliases: ['contacttype', 'type'] },
];

export const CUSTOM_PREFIX = 'custom:';

/** Header text → comparison key: lowercase, accents and every non-alphanumeric removed. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

const BY_ALIAS = new Map<string, FieldDef>(
  STANDARD_FIELDS.flatMap((field) => field.aliases.map((alias) => [alias, field] as const)),
);
const BY_KEY = new Map<string, FieldDef>(STANDARD_FIELDS.map((field) => [field.key, field]));

export function fieldByAlias(header: string): FieldDef | undefined {
  return BY_ALIAS.get(headerKey(header));
}

export function standardField(key: string): FieldDef | undefined {
  return BY_KEY.get(key);
}

/** Field keys a mapping override may name: a standard field, or "custom:" + a custom field. */
export function isMappableField(key: string, customFields: readonly { name: string }[]): boolean {
  if (key.startsWith(CUSTOM_PREFIX)) {
    return customFields.some((f) => CUSTOM_PREFIX + f.name === key);
  }
  return standardField(key) !== undefined;
}
