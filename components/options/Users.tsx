import type { User } from '../../lib/settings';
import { parseUsersTable, userKey, userProblem } from '../../lib/settings-tables';
import { DraftInput } from './DraftInput';
import type { SettingsEditor } from './editor';
import { ListEditor, type CellsProps, type ListKind } from './ListEditor';

/** Name and email; the add row's boxes have their own names and an example. */
function UserCells({ draft, label, adding, edit }: CellsProps<User>) {
  const prefix = adding ? 'new-' : '';
  return (
    <>
      <td>
        <DraftInput
          name={`${prefix}user-name`}
          label={`Name of ${label}`}
          placeholder={adding ? 'First Last' : undefined}
          value={draft.name}
          edit={(name, done) => edit({ name }, done)}
        />
      </td>
      <td>
        <DraftInput
          name={`${prefix}user-email`}
          type="email"
          label={`Email of ${label}`}
          placeholder={adding ? 'name@agency.com' : undefined}
          value={draft.email}
          edit={(email, done) => edit({ email }, done)}
        />
      </td>
    </>
  );
}

const USERS: ListKind<User, User> = {
  table: 'users',
  item: 'user',
  nouns: ['user', 'users'],
  headers: ['Name', 'Email'],
  empty: 'No users yet: the Owner column is not checked.',
  twin: 'Another user already has this email.',
  emptyDraft: { name: '', email: '' },
  draftOf: (user) => user,
  rowOf: (draft) => ({ name: draft.name.trim(), email: draft.email.trim() }),
  problem: userProblem,
  key: userKey,
  parse: parseUsersTable,
  example: 'Name\tEmail\nMia Lopez\tmia@agency.com',
  Cells: UserCells,
};

/** The account's users, for the Owner checks (1002, 1015): by hand, pasted or from a CSV. */
export function Users({ settings, save }: SettingsEditor) {
  return (
    <ListEditor
      kind={USERS}
      rows={settings.users}
      write={(users) => save({ ...settings, users })}
    />
  );
}
