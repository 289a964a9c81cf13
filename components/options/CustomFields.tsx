import {
  CUSTOM_FIELD_TYPE_KEYS,
  CUSTOM_FIELD_TYPES,
  hasOptions,
  type CustomFieldType,
} from '../../lib/highlevel/custom-field-types';
import type { CustomField } from '../../lib/settings';
import {
  fieldKey,
  fieldProblem,
  parseFieldsTable,
  splitFieldOptions,
} from '../../lib/settings-tables';
import { DraftInput } from './DraftInput';
import type { SettingsEditor } from './editor';
import { ListEditor, type CellsProps, type ListKind } from './ListEditor';

/** A field as typed: the options stay text (with their separators) until the row is saved. */
interface Draft {
  name: string;
  type: CustomFieldType;
  options: string;
}

/** Name, type, and the options when the type has some; choosing a type saves like leaving a box. */
function FieldCells({ draft, label, edit }: CellsProps<Draft>) {
  return (
    <>
      <td>
        <DraftInput
          name="field-name"
          label={`Name of ${label}`}
          placeholder="Field name"
          value={draft.name}
          edit={(name, done) => edit({ name }, done)}
        />
      </td>
      <td>
        <select
          name="field-type"
          aria-label={`Type of ${label}`}
          value={draft.type}
          onChange={(event) => edit({ type: event.currentTarget.value as CustomFieldType }, true)}
        >
          {CUSTOM_FIELD_TYPE_KEYS.map((type) => (
            <option key={type} value={type}>
              {CUSTOM_FIELD_TYPES[type].label}
            </option>
          ))}
        </select>
      </td>
      <td>
        {hasOptions(draft.type) ? (
          <DraftInput
            name="field-options"
            label={`Options of ${label}, separated by |`}
            placeholder="Lead | Customer | Churned"
            value={draft.options}
            edit={(options, done) => edit({ options }, done)}
          />
        ) : (
          <span class="muted">no options</span>
        )}
      </td>
    </>
  );
}

const FIELDS: ListKind<CustomField, Draft> = {
  table: 'fields',
  item: 'field',
  nouns: ['custom field', 'custom fields'],
  headers: ['Name', 'Type', 'Options'],
  empty: 'No custom fields yet: columns that are not HighLevel fields are only noted.',
  twin: 'Another custom field already has this name.',
  emptyDraft: { name: '', type: 'text', options: '' },
  draftOf: (field) => ({ ...field, options: field.options.join(' | ') }),
  rowOf: (draft) => ({
    name: draft.name.trim(),
    type: draft.type,
    options: hasOptions(draft.type) ? splitFieldOptions(draft.options) : [],
  }),
  problem: fieldProblem,
  key: fieldKey,
  parse: parseFieldsTable,
  example: 'Name\tType\tOptions\nLifecycle Stage\tDropdown (Single)\tLead | Customer',
  Cells: FieldCells,
};

/** The account's custom fields, for mapping and the option checks (1005, 1016, 1018). */
export function CustomFields({ settings, save }: SettingsEditor) {
  return (
    <ListEditor
      kind={FIELDS}
      rows={settings.customFields}
      write={(customFields) => save({ ...settings, customFields })}
    />
  );
}
