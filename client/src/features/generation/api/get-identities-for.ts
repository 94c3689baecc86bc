import type { GenerationUser } from '@/api/imageGeneration';
import { useMyIdentities, useUserIdentities } from '@/api/identities';
import { useTestUserIdentities } from '@/api/testUsers';

/** Identities of the chosen user: mine, a test user's, or (staff) anyone's. */
export function useIdentitiesFor(user: GenerationUser | undefined) {
  const mine = useMyIdentities(Boolean(user?.is_current_user));
  const testUser = useTestUserIdentities(user?.id ?? '', Boolean(user?.is_test_user && !user.is_current_user));
  const anyone = useUserIdentities(user?.id ?? '', Boolean(user && !user.is_current_user && !user.is_test_user));
  if (user?.is_current_user) return mine;
  return user?.is_test_user ? testUser : anyone;
}
