import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TEST_USER_ID } from '@/testing/mocks/fixtures';
import { renderApp } from '@/testing/render';

describe('User selection', () => {
  it('lists a test user by scenario and e-mail, never by their first and last name', async () => {
    renderApp('/images');
    const select = await screen.findByLabelText('Generate for');
    const group = within(select).getByRole('group', { name: 'Test users' });
    expect(within(group).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Runner returning from injury (sam@test.example.com)',
    ]);
    expect(document.body).not.toHaveTextContent(/Sam|Tester/);
  });

  it('loads a test user’s identities and shows who the images are for', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/images');
    await user.selectOptions(await screen.findByLabelText('Generate for'), TEST_USER_ID);
    expect(await screen.findByText('Posters for: Runner returning from injury (sam@test.example.com)')).toBeInTheDocument();
    expect(router.state.location.search).toContain(`user=${TEST_USER_ID}`);
    const identitySelect = await screen.findByLabelText('Choose an identity');
    expect(within(identitySelect).getByRole('option', { name: 'Marathon Runner — Health' })).toBeInTheDocument();
  });
});
