import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server, signInAs } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

describe('Login', () => {
  it('shows the API detail when the sign-in fails', async () => {
    signInAs(null);
    const user = userEvent.setup();
    renderApp('/');
    await user.type(await screen.findByLabelText('E-mail'), 'admin@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or password is not correct.');
  });

  it('signs in and shows the identities on Home', async () => {
    signInAs(null);
    const user = userEvent.setup();
    renderApp('/');
    await user.type(await screen.findByLabelText('E-mail'), 'admin@example.com');
    await user.type(screen.getByLabelText('Password'), 'right');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Creative Visionary')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('says what is wrong with the e-mail once, beside the field', async () => {
    signInAs(null);
    server.use(
      http.post('*/api/v1/auth/login/', () =>
        HttpResponse.json(
          { detail: 'Email: Enter a valid email address.', code: 'invalid', fields: { email: ['Enter a valid email address.'] } },
          { status: 400 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderApp('/');
    await user.type(await screen.findByLabelText('E-mail'), 'not-an-address');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getAllByText(/valid email address/)).toHaveLength(1);
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription('Enter a valid email address.');
  });
});
