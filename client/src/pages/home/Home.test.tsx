import { screen } from '@testing-library/react';
import { ADMIN_ID, IDENTITY_ID, member } from '@/testing/mocks/fixtures';
import { signInAs } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

describe('Home', () => {
  it('links an admin’s identity to the Images page with them and the identity chosen', async () => {
    renderApp('/');
    const link = await screen.findByRole('link', { name: 'Creative Visionary' });
    expect(link).toHaveAttribute('href', `/images?user=${ADMIN_ID}&identity=${IDENTITY_ID}`);
  });

  it('does not link a member’s identities to the Images page, which is for admins only', async () => {
    signInAs(member);
    renderApp('/');
    expect(await screen.findByText('Creative Visionary')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Creative Visionary' })).not.toBeInTheDocument();
  });
});
