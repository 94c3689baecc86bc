/** A date a person reads at a glance: "Dec 4, 2026". */
export function dayText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** What a consent covers, in words: "sending photos to the provider and face matching". */
export function scopesText({ send_to_provider, face_matching }: { send_to_provider: boolean; face_matching: boolean }): string {
  return (
    [send_to_provider ? 'sending photos to the provider' : null, face_matching ? 'face matching' : null]
      .filter(Boolean)
      .join(' and ') || 'nothing'
  );
}

/** The sentence a refusal to record nothing gives, before the server is asked. */
export const NOTHING_TICKED = 'Tick at least one box: consent to nothing is not recorded. To withdraw, use Withdraw.';
