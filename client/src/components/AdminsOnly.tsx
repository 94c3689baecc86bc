import { Link } from 'react-router';
import { focusRing } from '@/components/ui/Button';

export function AdminsOnly() {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Admins only</h1>
      <p className="mt-2 text-slate-600">This page is for administrators. Ask an administrator if you need access.</p>
      <Link to="/" className={`mt-4 inline-block rounded text-indigo-700 underline ${focusRing}`}>
        Go to Home
      </Link>
    </section>
  );
}
