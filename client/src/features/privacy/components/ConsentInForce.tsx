import type { PersonConsent } from '../api/get-person-consent';
import { dayText, scopesText } from '../utils/consent-text';

/** The consent in force: what it covers, how and when it was given, under which notice. */
export function ConsentInForce({ consent }: { consent: PersonConsent }) {
  if (!consent.active || !consent.recorded_at) {
    return (
      <p className="text-sm text-amber-900">
        {consent.withdrawn_at
          ? `Consent withdrawn on ${dayText(consent.withdrawn_at)}: no photo can be added or sent.`
          : 'No consent recorded: no photo can be added yet.'}
      </p>
    );
  }
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-slate-700">In force</dt>
      <dd>{scopesText(consent)}</dd>
      <dt className="font-medium text-slate-700">Recorded</dt>
      <dd>on {dayText(consent.recorded_at)}</dd>
      <dt className="font-medium text-slate-700">Notice</dt>
      <dd>version {consent.notice_version}</dd>
    </dl>
  );
}
