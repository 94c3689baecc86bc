import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TEST_USER_ID, TEST_USER_IDENTITY_ID } from '@/testing/mocks/fixtures';
import { renderApp } from '@/testing/render';

describe('Test scenarios', () => {
  it('shows each test user by scenario and e-mail, never by their first and last name', async () => {
    renderApp('/test');
    const scenario = await screen.findByRole('article', { name: 'Runner returning from injury' });
    expect(within(scenario).getByText('sam@test.example.com')).toBeInTheDocument();
    expect(scenario).not.toHaveTextContent(/Sam |Tester/);
  });

  it('links each identity to the Images page with that person and identity chosen', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/test');
    const link = await screen.findByRole('link', { name: 'Marathon Runner' });
    expect(link).toHaveAttribute('href', `/images?user=${TEST_USER_ID}&identity=${TEST_USER_IDENTITY_ID}`);
    // The card shows the focus ring when its link has the keyboard focus.
    expect(link.closest('li')?.className).toMatch(/has-\[a:focus-visible\]:ring-2/);

    await user.click(link);
    expect(router.state.location.pathname).toBe('/images');
    expect(await screen.findByText('Posters for: Runner returning from injury (sam@test.example.com)')).toBeInTheDocument();
    expect(await screen.findByLabelText('Choose an identity')).toHaveValue(TEST_USER_IDENTITY_ID);
  });
});
