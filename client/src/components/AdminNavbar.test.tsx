import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { db } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

describe('Sessions', () => {
  it('signs out from the navbar and shows the Login page', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    db.me = null;
    expect(await screen.findByRole('heading', { name: 'Sign in to Identity Image Studio' })).toBeInTheDocument();
  });

  it('goes back to the Login page when the session has ended', async () => {
    server.use(
      http.get('*/api/v1/users/me/identities/', () =>
        HttpResponse.json({ detail: 'Authentication credentials were not provided.', code: 'not_authenticated' }, { status: 403 }),
      ),
    );
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Sign in to Identity Image Studio' })).toBeInTheDocument();
  });

  it('shows the test scenarios and their identities to staff', async () => {
    renderApp('/test');
    expect(await screen.findByRole('heading', { name: 'Runner returning from injury' })).toBeInTheDocument();
    expect(await screen.findByText('Marathon Runner')).toBeInTheDocument();
  });
});
