import { useState, type FormEvent } from 'react';
import { Button, focusRing } from '@/components/ui/Button';
import { ApiError, errorMessage } from '@/lib/apiClient';
import { useLogin } from '@/hooks/use-auth';
import { sessionEnded } from '@/lib/sessionEnded';

const inputClass = `mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm ${focusRing}`;

export function Login() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useLogin();
  const fields = signIn.error instanceof ApiError ? signIn.error.fields : {};
  // A field's own message is said beside it, not a second time above the form.
  const formError = signIn.isError && Object.keys(fields).length === 0;
  const [ended] = useState(sessionEnded);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <form onSubmit={onSubmit} noValidate className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Sign in to Identity Image Studio</h1>
        {ended && !signIn.isError ? (
          <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Your session has ended. Sign in again to go on: the page you were on, and the prompt you typed, are kept.
          </p>
        ) : null}
        {formError ? (
          <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {errorMessage(signIn.error)}
          </p>
        ) : null}
        <label htmlFor="login-email" className="mt-4 block text-sm font-medium">
          E-mail
        </label>
        <input
          id="login-email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className={inputClass}
          aria-invalid={fields.email ? true : undefined}
          aria-describedby={fields.email ? 'login-email-error' : undefined}
        />
        {fields.email ? (
          <p id="login-email-error" className="mt-1 text-sm text-red-700">
            {fields.email.join(' ')}
          </p>
        ) : null}
        <label htmlFor="login-password" className="mt-4 block text-sm font-medium">
          Password
        </label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={inputClass}
          aria-invalid={fields.password ? true : undefined}
          aria-describedby={fields.password ? 'login-password-error' : undefined}
        />
        {fields.password ? (
          <p id="login-password-error" className="mt-1 text-sm text-red-700">
            {fields.password.join(' ')}
          </p>
        ) : null}
        <Button type="submit" className="mt-6 w-full" disabled={signIn.isPending || !email || !password}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </main>
  );
}
