import type { Identity } from '@/api/identities';
import { focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';

interface IdentitySelectorProps {
  identities: Identity[] | undefined;
  isPending: boolean;
  error: unknown;
  value: string;
  onChange: (identityId: string) => void;
}

export function IdentitySelector({ identities, isPending, error, value, onChange }: IdentitySelectorProps) {
  const selected = identities?.find((identity) => identity.id === value);
  return (
    <section aria-labelledby="identity-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="identity-heading" className="text-lg font-semibold">
        Identity
      </h2>
      {isPending ? <Spinner label="Loading identities…" /> : null}
      {error ? <ErrorMessage error={error} className="mt-2" /> : null}
      {identities && identities.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">This user has no identities yet.</p>
      ) : null}
      {identities && identities.length > 0 ? (
        <>
          <label htmlFor="identity-selector" className="mt-2 block text-sm font-medium">
            Choose an identity
          </label>
          <select
            id="identity-selector"
            value={selected ? value : ''}
            onChange={(event) => onChange(event.target.value)}
            className={`mt-1 block w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 text-sm ${focusRing}`}
          >
            <option value="">Select an identity…</option>
            {identities.map((identity) => (
              <option key={identity.id} value={identity.id}>
                {identity.name}
                {identity.category ? ` — ${identity.category}` : ''}
              </option>
            ))}
          </select>
          {selected ? (
            <div className="mt-3 flex gap-3 rounded-md bg-slate-50 p-3">
              {selected.image ? (
                <img
                  src={selected.image.thumbnail}
                  alt="" // the identity is named beside it
                  className="h-16 w-16 flex-none rounded object-cover"
                />
              ) : null}
              <div className="min-w-0 text-sm">
                <p className="font-medium">
                  {selected.name}
                  {selected.category ? <span className="ml-2 text-xs uppercase text-slate-500">{selected.category}</span> : null}
                </p>
                {selected.i_am_statement ? <p className="mt-1 text-slate-700">“{selected.i_am_statement}”</p> : null}
              </div>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
