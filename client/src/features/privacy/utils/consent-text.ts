/** A date a person reads at a glance: "Dec 4, 2026". */
export function dayText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** A moment a person reads at a glance: "Dec 10, 2026, 4:22 PM". */
export function momentText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** What a consent covers, in words: "sending photos to the provider and face matching". */
export function scopesText({ send_to_provider, face_matching }: { send_to_provider: boolean; face_matching: boolean }): string {
  return (
    [send_to_provider ? 'sending photos to the provider' : null, face_matching ? 'face matching' : null]
      .filter(Boolean)
      .join(' and ') || 'nothing'
  );
}

/** Said before the server is asked, when an admin attests consent without saying where the form is. */
export const NOTE_MISSING = 'Say where the signed form is: consent you record for someone else is attested by you.';

const PROVIDER_NAMES: Record<string, string> = { gemini: "Google's Gemini API", local: 'this server only (offline posters)' };

/** The image provider a notice named, as a person knows it. */
export function providerText(provider: string): string {
  return PROVIDER_NAMES[provider] ?? provider;
}

interface Step {
  change: 'record' | 'withdraw';
  active: boolean;
  given_by: 'person' | 'staff';
  recorded_by_email: string | null;
  recorded_at: string;
  full_name: string;
  send_to_provider: boolean;
  face_matching: boolean;
}

/** How a step came about: "Given by the person on Dec 4, 2026" or "Attested by admin@… on …". */
export function howGivenText(step: Step): string {
  const on = `on ${dayText(step.recorded_at)}`;
  const admin = step.recorded_by_email ?? 'an admin whose account is gone';
  if (step.change === 'withdraw') return step.given_by === 'person' ? `By the person ${on}` : `By ${admin} ${on}`;
  if (step.given_by === 'person') return `Given by the person ${on}${step.full_name ? `, signed “${step.full_name}”` : ''}`;
  return `Attested by ${admin} ${on}`;
}

/** What a step did: "Recorded: face matching", "Withdrawn: nothing left in force". */
export function changeText(step: Step): string {
  if (step.change === 'record') return `Recorded: ${scopesText(step)}`;
  return step.active ? `Withdrawn in part: ${scopesText(step)} left` : 'Withdrawn: nothing left in force';
}
