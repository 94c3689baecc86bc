import { Link } from 'react-router';
import type { Identity } from '@/api/identities';

interface IdentityCardProps {
  identity: Identity;
  /** Links the card to the Images page with its person and identity chosen (admins only). */
  linked?: boolean;
}

/** The Images page with the identity's person and the identity chosen. */
export const imagesPageFor = (identity: Identity) =>
  `/images?${new URLSearchParams({ user: identity.user, identity: identity.id }).toString()}`;

/** An identity with its image thumbnail (or a placeholder); with `linked`, the whole card is a link. */
export function IdentityCard({ identity, linked = false }: IdentityCardProps) {
  const linkedCard =
    'hover:border-indigo-300 hover:bg-indigo-50 has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-indigo-500 has-[a:focus-visible]:ring-offset-2';
  return (
    <li className={`relative flex gap-3 rounded-lg border border-slate-200 bg-white p-3 ${linked ? linkedCard : ''}`}>
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
        <p className="font-medium">
          {linked ? (
            // The link's box covers the card (after:inset-0), so all of it is a click target,
            // while the link is named by the identity alone.
            <Link to={imagesPageFor(identity)} className="after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none">
              {identity.name}
            </Link>
          ) : (
            identity.name
          )}
        </p>
        {identity.category ? <p className="text-xs uppercase tracking-wide text-slate-500">{identity.category}</p> : null}
        {identity.i_am_statement ? <p className="mt-1 line-clamp-3 text-sm text-slate-600">{identity.i_am_statement}</p> : null}
      </div>
    </li>
  );
}
