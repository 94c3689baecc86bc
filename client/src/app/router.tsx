import { useState } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { AdminNavbar } from '@/components/AdminNavbar';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { useMe } from '@/hooks/use-auth';
import { Home } from '@/pages/home/Home';
import { Images } from '@/pages/images/Images';
import { Login } from '@/pages/login/Login';
import { NotFound } from '@/pages/not-found/NotFound';
import { Test } from '@/pages/test/Test';

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
      <AdminNavbar user={me.data} />
      <main className="mx-auto max-w-6xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  );
}

/** Route table; tests pass a short job polling interval. */
export function createRoutes(imagesPollMs?: number): RouteObject[] {
  return [
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
