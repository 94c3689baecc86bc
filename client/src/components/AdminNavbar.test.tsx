import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getUsersMeIdentitiesListMockHandler } from '@/api/generated/endpoints/users/users.msw';
import { refuse } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

describe('Sessions', () => {
  it('signs out from the navbar and shows the Login page', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Identity Image Studio' })).toBeInTheDocument();
  });

  it('goes back to the Login page when the session has ended', async () => {
    server.use(
      getUsersMeIdentitiesListMockHandler(() => refuse(403, 'Authentication credentials were not provided.', 'not_authenticated')),
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
