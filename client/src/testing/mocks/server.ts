import { setupServer } from 'msw/node';
import { getAuthSessionRetrieveMockHandler } from '@/api/generated/endpoints/auth/auth.msw';
import type { UserOutput } from '@/api/generated/model';
import { handlers } from './handlers';

export const server = setupServer(...handlers);

/** The session the page finds: `user` signed in, or (null) nobody. */
export function signInAs(user: UserOutput | null): void {
  server.use(getAuthSessionRetrieveMockHandler({ user }));
}
