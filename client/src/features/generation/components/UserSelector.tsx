import type { GenerationUser } from '@/api/imageGeneration';
import { focusRing } from '@/components/ui/Button';

export function userLabel(user: GenerationUser): string {
  const name = user.name || user.email;
  if (user.is_current_user) return `Me (${name})`;
  return name === user.email ? user.email : `${name} (${user.email})`;
}

interface UserSelectorProps {
  users: GenerationUser[];
  value: string;
  onChange: (userId: string) => void;
}

export function UserSelector({ users, value, onChange }: UserSelectorProps) {
  const me = users.filter((user) => user.is_current_user);
  const testUsers = users.filter((user) => !user.is_current_user);
  return (
    <div>
      <label htmlFor="user-selector" className="block text-sm font-medium">
        Generate for
      </label>
      <select
        id="user-selector"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={`mt-1 block w-full max-w-xl rounded-md border border-slate-300 bg-white px-3 py-2 text-sm ${focusRing}`}
      >
        {me.map((user) => (
          <option key={user.id} value={user.id}>
            {userLabel(user)}
          </option>
        ))}
        {testUsers.length > 0 ? (
          <optgroup label="Test users">
            {testUsers.map((user) => (
              <option key={user.id} value={user.id}>
                {userLabel(user)}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}
