const ENDED_KEY = 'session-ended';

/** The session ended while the admin was working (not a sign-out): the sign-in page says so. */
export function markSessionEnded(): void {
  sessionStorage.setItem(ENDED_KEY, '1');
}

export function sessionEnded(): boolean {
  return sessionStorage.getItem(ENDED_KEY) === '1';
}

export function clearSessionEnded(): void {
  sessionStorage.removeItem(ENDED_KEY);
}
