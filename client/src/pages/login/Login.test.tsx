import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@/testing/mocks/db';
import { renderApp } from '@/testing/render';

describe('Login', () => {
  it('shows the API detail when the sign-in fails', async () => {
    db.me = null;
    const user = userEvent.setup();
    renderApp('/');
    await user.type(await screen.findByLabelText('E-mail'), 'admin@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or password is not correct.');
  });

  it('signs in and shows the identities on Home', async () => {
    const signedIn = db.me;
    db.me = null;
    const user = userEvent.setup();
    renderApp('/');
    await user.type(await screen.findByLabelText('E-mail'), 'admin@example.com');
    await user.type(screen.getByLabelText('Password'), 'right');
    db.me = signedIn;
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Creative Visionary')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });
});
