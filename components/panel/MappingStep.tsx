import {
  CUSTOM_PREFIX,
  headerKey,
  isMappableField,
  STANDARD_FIELDS,
} from '../../lib/highlevel/fields';
import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import type { ColumnMapping } from '../../lib/types';
import { formatCount } from '../report/ReportCounts';

/** Columns listed before "… and N more": a file of 100,000 columns must not make 100,000 menus. */
const SHOWN_COLUMNS = 200;

/**
 * Each column of the file with the HighLevel field it maps to, in HighLevel's labels, changeable
 * to any standard field, custom field or "don't import". A change checks the file again at once.
 * The menus are made when the list is opened: closed, as it starts, it costs the result's first
 * render nothing (200 menus of some 40 fields each are 8,000 elements).
 */
export function MappingStep({
  columns,
  settings,
  onMap,
}: {
  columns: readonly ColumnMapping[];
  settings: Settings;
  onMap: (header: string, field: string | null) => void;
}) {
  const standard = STANDARD_FIELDS.filter((field) =>
    isMappableField(field.key, settings.customFields),
  );
  // The user's choice shows at once, not when the check it starts ends: a menu that snapped back
  // to the old field while the file is checked again would undo the user's typing in it.
  const fieldOf = (column: ColumnMapping) => {
    const key = headerKey(column.header);
    return Object.hasOwn(settings.mapping, key) ? (settings.mapping[key] ?? null) : column.field;
  };
  const mapped = columns.filter((column) => fieldOf(column) !== null).length;
  const [open, setOpen] = useState(false);
  return (
    <details class="mapping" data-mapping onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Columns: {mapped} of {columns.length} imported
      </summary>
      {open && (
        <table>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">HighLevel field</th>
            </tr>
          </thead>
          <tbody>
            {columns.slice(0, SHOWN_COLUMNS).map((column) => (
              <tr key={column.index}>
                <th scope="row" class="file-name" title={column.header}>
                  {column.header}
                </th>
                <td>
                  <select
                    data-mapping-column={column.header}
                    aria-label={`HighLevel field for ${column.header}`}
                    value={fieldOf(column) ?? ''}
                    onChange={(event) => onMap(column.header, event.currentTarget.value || null)}
                  >
                    <option value="">Don't import</option>
                    <optgroup label="Standard fields">
                      {standard.map((field) => (
                        <option key={field.key} value={field.key}>
                          {field.label}
                        </option>
                      ))}
                    </optgroup>
                    {settings.customFields.length > 0 && (
                      <optgroup label="Custom fields">
                        {settings.customFields.map((field) => (
                          <option key={field.name} value={`${CUSTOM_PREFIX}${field.name}`}>
                            {field.name}
                          </option>
                        ))}
                      </optgroup>
                    )}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {columns.length > SHOWN_COLUMNS && (
        <p class="hint">
          … and {formatCount(columns.length - SHOWN_COLUMNS)} more columns: map them in the settings
          file.
        </p>
      )}
    </details>
  );
}
