import { useEffect, useState } from 'preact/hooks';
import type { User } from '../../lib/settings';
import { parseUsersTable, userKey, userProblem } from '../../lib/settings-tables';
import { problemText, rowProblem, type SettingsEditor } from './editor';
import { FieldError } from './Section';
import { TableImport } from './TableImport';

const TWIN = 'Another user already has this email.';
const EMPTY: User = { name: '', email: '' };
const trimmed = (user: User): User => ({ name: user.name.trim(), email: user.email.trim() });

/** One user, edited in place: saved when the row is valid, else the problem shows beneath it. */
function UserRow({
  user,
  index,
  save,
  remove,
}: {
  user: User;
  index: number;
  save: (user: User) => string | null;
  remove: () => void;
}) {
  const [draft, setDraft] = useState(user);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(user);
    setError(null);
  }, [user.name, user.email]);
  // Every keystroke goes to the draft (a re-render would otherwise put the saved text back);
  // the row is saved when a box is left.
  const edit = (next: User, done: boolean) => {
    setDraft(next);
    if (done) setError(save(trimmed(next)));
  };
  return (
    <>
      <tr data-user={index}>
        <td>
          <input
            name="user-name"
            aria-label={`Name of user ${index + 1}`}
            value={draft.name}
            onInput={(event) => edit({ ...draft, name: event.currentTarget.value }, false)}
            onChange={(event) => edit({ ...draft, name: event.currentTarget.value }, true)}
          />
        </td>
        <td>
          <input
            name="user-email"
            type="email"
            aria-label={`Email of user ${index + 1}`}
            value={draft.email}
            onInput={(event) => edit({ ...draft, email: event.currentTarget.value }, false)}
            onChange={(event) => edit({ ...draft, email: event.currentTarget.value }, true)}
          />
        </td>
        <td>
          <button type="button" data-action="remove-user" onClick={remove}>
            Remove
          </button>
        </td>
      </tr>
      {error && (
        <tr class="row-error">
          <td colSpan={3}>
            <FieldError message={error} />
          </td>
        </tr>
      )}
    </>
  );
}

/** The account's users, for the Owner checks (1002, 1015): by hand, pasted or from a CSV. */
export function Users({ settings, save }: SettingsEditor) {
  const users = settings.users;
  const [added, setAdded] = useState<User>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const write = (next: User[]) => save({ ...settings, users: next });
  const problemOf = (user: User, index: number) =>
    rowProblem(user, users, index, userProblem, userKey, TWIN);
  const saveAt = (index: number, user: User) =>
    problemOf(user, index) ??
    problemText(write(users.map((old, at) => (at === index ? user : old))));

  return (
    <>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const user = trimmed(added);
          const problem = problemOf(user, -1) ?? problemText(write([...users, user]));
          setError(problem);
          if (!problem) setAdded(EMPTY);
        }}
      >
        <table class="edit-table" data-table="users">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.length === 0 && (
              <tr>
                <td colSpan={3} class="empty">
                  No users yet: the Owner column is not checked.
                </td>
              </tr>
            )}
            {users.map((user, index) => (
              <UserRow
                key={index}
                user={user}
                index={index}
                save={(next) => saveAt(index, next)}
                remove={() => write(users.filter((_, at) => at !== index))}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>
                <input
                  name="new-user-name"
                  aria-label="Name of the user to add"
                  placeholder="First Last"
                  value={added.name}
                  onInput={(event) => setAdded({ ...added, name: event.currentTarget.value })}
                />
              </td>
              <td>
                <input
                  name="new-user-email"
                  type="email"
                  aria-label="Email of the user to add"
                  placeholder="name@agency.com"
                  value={added.email}
                  onInput={(event) => setAdded({ ...added, email: event.currentTarget.value })}
                />
              </td>
              <td>
                <button type="submit" data-action="add-user">
                  Add
                </button>
              </td>
            </tr>
          </tfoot>
        </table>
        <FieldError message={error} />
      </form>
      <TableImport
        name="users"
        nouns={['user', 'users']}
        example={'Name\tEmail\nMia Lopez\tmia@agency.com'}
        rows={users}
        parse={parseUsersTable}
        keyOf={userKey}
        write={write}
      />
    </>
  );
}
