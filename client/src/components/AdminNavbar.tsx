import { NavLink, useLocation } from 'react-router';
import type { User } from '@/api/auth';
import { Button, focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useLogout } from '@/hooks/use-auth';
import { imagesPath } from '@/lib/imagesSearch';

const links = [
  { label: 'Home', to: '/', staffOnly: false },
  { label: 'Test', to: '/test', staffOnly: true },
  { label: 'Images', to: '/images', staffOnly: true, keepsPlace: true },
];

export function AdminNavbar({ user }: { user: User }) {
  const signOut = useLogout();
  // On the Images page the link is where the page is; elsewhere, where it was left.
  const location = useLocation();
  const imagesTo = location.pathname === '/images' ? `/images${location.search}` : imagesPath();
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <span className="font-semibold text-indigo-700">Identity Image Studio</span>
        <ul className="flex flex-wrap items-center gap-1">
          {links
            .filter((link) => !link.staffOnly || user.is_staff)
            .map((link) => (
              <li key={link.to}>
                <NavLink
                  to={link.keepsPlace ? imagesTo : link.to}
                  end={link.to === '/'}
                  className={({ isActive }) =>
                    `rounded-md px-3 py-1.5 text-sm font-medium ${focusRing} ${
                      isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-700 hover:bg-slate-100'
                    }`
                  }
                >
                  {link.label}
                </NavLink>
              </li>
            ))}
        </ul>
        <div className="ml-auto flex items-center gap-3">
          <span className="max-w-[12rem] truncate text-sm text-slate-600" title={user.email}>
            {user.email}
          </span>
          <Button variant="secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </Button>
        </div>
      </nav>
      {signOut.isError ? <ErrorMessage error={signOut.error} className="mx-auto mb-2 max-w-6xl" /> : null}
    </header>
  );
}
