import type { Identity } from '@/api/identities';

/** An identity with its image thumbnail (or a placeholder). */
export function IdentityCard({ identity }: { identity: Identity }) {
  return (
    <li className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3">
      {identity.image ? (
        <img
          src={identity.image.thumbnail}
          alt="" // the card names the identity beside it
          className="h-20 w-20 flex-none rounded-md object-cover"
          loading="lazy"
        />
      ) : (
        <div className="flex h-20 w-20 flex-none items-center justify-center rounded-md bg-slate-100 text-center text-xs text-slate-600">
          No image yet
        </div>
      )}
      <div className="min-w-0">
        <p className="font-medium">{identity.name}</p>
        {identity.category ? <p className="text-xs uppercase tracking-wide text-slate-500">{identity.category}</p> : null}
        {identity.i_am_statement ? <p className="mt-1 line-clamp-3 text-sm text-slate-600">{identity.i_am_statement}</p> : null}
      </div>
    </li>
  );
}
