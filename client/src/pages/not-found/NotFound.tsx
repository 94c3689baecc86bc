import { Link } from 'react-router';
import { focusRing } from '@/components/ui/Button';

export function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">There is nothing at this address.</p>
      <Link to="/" className={`mt-4 inline-block rounded text-indigo-700 underline ${focusRing}`}>
        Go to Home
      </Link>
    </div>
  );
}
