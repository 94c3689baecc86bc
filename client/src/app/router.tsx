import { lazy, Suspense, useState } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { AdminNavbar } from '@/components/AdminNavbar';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { useMe } from '@/hooks/use-auth';
import { Login } from '@/pages/login/Login';

// Each page is its own chunk, loaded when first shown; the Login page (what a signed-out
// visitor sees first) stays in the entry chunk.
const ConsentLink = lazy(() =>
  import('@/pages/consent/ConsentLink').then((module) => ({ default: module.ConsentLink })),
);
const Home = lazy(() => import('@/pages/home/Home').then((module) => ({ default: module.Home })));
const Images = lazy(() => import('@/pages/images/Images').then((module) => ({ default: module.Images })));
const NotFound = lazy(() => import('@/pages/not-found/NotFound').then((module) => ({ default: module.NotFound })));
const Test = lazy(() => import('@/pages/test/Test').then((module) => ({ default: module.Test })));

/** Signed out: the Login page at any address; signed in: navbar + page. */
function AppLayout() {
  const me = useMe();
  if (me.isPending) {
    return (
      <main className="flex min-h-screen items-center justify-center">
        <Spinner label="Loading your account…" />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="mx-auto mt-16 max-w-lg px-4">
        <ErrorMessage error={me.error} />
      </main>
    );
  }
  if (!me.data) return <Login />;
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-800 shadow focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:outline-none focus:ring-2 focus:ring-indigo-500"
      >
        Skip to main content
      </a>
      <AdminNavbar user={me.data} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 break-words focus:outline-none">
        <Suspense fallback={<Spinner label="Loading the page…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** Route table; tests pass a short job polling interval. */
export function createRoutes(imagesPollMs?: number): RouteObject[] {
  return [
  // A consent link is opened by the person, signed out: no sign-in, no admin navigation.
  {
    path: 'consent/:token',
    element: (
      <Suspense fallback={<Spinner label="Loading…" />}>
        <ConsentLink />
      </Suspense>
    ),
  },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'login', element: <Navigate to="/" replace /> },
      { path: 'test', element: <Test /> },
      { path: 'images', element: <Images pollMs={imagesPollMs} /> },
      { path: '*', element: <NotFound /> },
    ],
  },
  ];
}

export const routes = createRoutes();

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
