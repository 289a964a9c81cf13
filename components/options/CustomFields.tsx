import { useEffect, useState } from 'preact/hooks';
import { CUSTOM_FIELD_TYPES, type CustomField, type CustomFieldType } from '../../lib/settings';
import {
  fieldKey,
  fieldProblem,
  hasOptions,
  parseFieldsTable,
  splitFieldOptions,
  TYPE_LABEL,
} from '../../lib/settings-tables';
import { problemText, rowProblem, type SettingsEditor } from './editor';
import { FieldError } from './Section';
import { TableImport } from './TableImport';

const TWIN = 'Another custom field already has this name.';

/** A field as typed: the options stay text (with their separators) until the row is saved. */
interface Draft {
  name: string;
  type: CustomFieldType;
  options: string;
}
const EMPTY: Draft = { name: '', type: 'text', options: '' };
const draftOf = (field: CustomField): Draft => ({ ...field, options: field.options.join(' | ') });
const fieldOf = (draft: Draft): CustomField => ({
  name: draft.name.trim(),
  type: draft.type,
  options: hasOptions(draft.type) ? splitFieldOptions(draft.options) : [],
});

/**
 * The cells of one field: name, type, and its options when the type has some. Every keystroke
 * updates the draft (a re-render would otherwise put the saved text back); `commit` runs when a
 * box is left or the type is chosen.
 */
function FieldCells({
  draft,
  label,
  onDraft,
  commit,
}: {
  draft: Draft;
  /** "custom field 2", "the custom field to add": for the inputs' accessible names. */
  label: string;
  onDraft: (next: Draft) => void;
  commit?: (next: Draft) => void;
}) {
  const set = (next: Draft, done: boolean) => {
    onDraft(next);
    if (done) commit?.(next);
  };
  return (
    <>
      <td>
        <input
          name="field-name"
          aria-label={`Name of ${label}`}
          placeholder="Field name"
          value={draft.name}
          onInput={(event) => set({ ...draft, name: event.currentTarget.value }, false)}
          onChange={(event) => set({ ...draft, name: event.currentTarget.value }, true)}
        />
      </td>
      <td>
        <select
          name="field-type"
          aria-label={`Type of ${label}`}
          value={draft.type}
          onChange={(event) =>
            set({ ...draft, type: event.currentTarget.value as CustomFieldType }, true)
          }
        >
          {CUSTOM_FIELD_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_LABEL[type]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {hasOptions(draft.type) ? (
          <input
            name="field-options"
            aria-label={`Options of ${label}, separated by |`}
            placeholder="Lead | Customer | Churned"
            value={draft.options}
            onInput={(event) => set({ ...draft, options: event.currentTarget.value }, false)}
            onChange={(event) => set({ ...draft, options: event.currentTarget.value }, true)}
          />
        ) : (
          <span class="muted">no options</span>
        )}
      </td>
    </>
  );
}

/** One field, edited in place: saved when valid, else the problem shows beneath it. */
function FieldRow({
  field,
  index,
  save,
  remove,
}: {
  field: CustomField;
  index: number;
  save: (field: CustomField) => string | null;
  remove: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(field));
  const [error, setError] = useState<string | null>(null);
  const saved = JSON.stringify(field);
  useEffect(() => {
    setDraft(draftOf(field));
    setError(null);
  }, [saved]);
  return (
    <>
      <tr data-field={index}>
        <FieldCells
          draft={draft}
          label={`custom field ${index + 1}`}
          onDraft={setDraft}
          commit={(next) => setError(save(fieldOf(next)))}
        />
        <td>
          <button type="button" data-action="remove-field" onClick={remove}>
            Remove
          </button>
        </td>
      </tr>
      {error && (
        <tr class="row-error">
          <td colSpan={4}>
            <FieldError message={error} />
          </td>
        </tr>
      )}
    </>
  );
}

/** The account's custom fields, for mapping and the option checks (1005, 1016, 1018). */
export function CustomFields({ settings, save }: SettingsEditor) {
  const fields = settings.customFields;
  const [added, setAdded] = useState<Draft>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const write = (next: CustomField[]) => save({ ...settings, customFields: next });
  const problemOf = (field: CustomField, index: number) =>
    rowProblem(field, fields, index, fieldProblem, fieldKey, TWIN);

  return (
    <>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const field = fieldOf(added);
          const problem = problemOf(field, -1) ?? problemText(write([...fields, field]));
          setError(problem);
          if (!problem) setAdded(EMPTY);
        }}
      >
        <table class="edit-table" data-table="fields">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Options</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.length === 0 && (
              <tr>
                <td colSpan={4} class="empty">
                  No custom fields yet: columns that are not HighLevel fields are only noted.
                </td>
              </tr>
            )}
            {fields.map((field, index) => (
              <FieldRow
                key={index}
                field={field}
                index={index}
                save={(next) =>
                  problemOf(next, index) ??
                  problemText(write(fields.map((old, at) => (at === index ? next : old))))
                }
                remove={() => write(fields.filter((_, at) => at !== index))}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <FieldCells draft={added} label="the custom field to add" onDraft={setAdded} />
              <td>
                <button type="submit" data-action="add-field">
                  Add
                </button>
              </td>
            </tr>
          </tfoot>
        </table>
        <FieldError message={error} />
      </form>
      <TableImport
        name="fields"
        nouns={['custom field', 'custom fields']}
        example={'Name\tType\tOptions\nLifecycle Stage\tDropdown (Single)\tLead | Customer'}
        rows={fields}
        parse={parseFieldsTable}
        keyOf={fieldKey}
        write={write}
      />
    </>
  );
}
