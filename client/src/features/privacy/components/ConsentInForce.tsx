import type { PersonConsent } from '../api/get-person-consent';
import { changeText, dayText, howGivenText, providerText, scopesText } from '../utils/consent-text';

/** The consent in force: what it covers, how and when it was given, under which notice, and its history. */
export function ConsentInForce({ consent }: { consent: PersonConsent }) {
  const current = consent.current;
  return (
    <div className="space-y-2 text-sm">
      {consent.active && current ? (
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">In force</dt>
          <dd>{scopesText(consent)}</dd>
          <dt className="font-medium text-slate-700">How</dt>
          <dd>{howGivenText(current)}</dd>
          {current.given_by === 'staff' && current.note ? (
            <>
              <dt className="font-medium text-slate-700">Note</dt>
              <dd className="break-words">{current.note}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-700">Notice</dt>
          <dd>
            version {current.notice_version}; photos go to {providerText(current.provider)}
          </dd>
        </dl>
      ) : (
        <p className="text-amber-900">
          {consent.withdrawn_at
            ? `Consent withdrawn on ${dayText(consent.withdrawn_at)}: no photo can be added or sent.`
            : 'No consent recorded: no photo can be added yet.'}
        </p>
      )}
      {consent.history.length > 0 ? (
        <details>
          <summary className="cursor-pointer rounded font-medium text-indigo-800 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
            History ({consent.history.length} {consent.history.length === 1 ? 'step' : 'steps'})
          </summary>
          <ol className="mt-2 divide-y divide-slate-100">
            {consent.history.map((step) => (
              <li key={step.id} className="py-1.5">
                <p className="font-medium">{changeText(step)}</p>
                <p className="text-slate-600">
                  {howGivenText(step)} · notice {step.notice_version} ({providerText(step.provider)})
                </p>
                {step.given_by === 'staff' && step.note ? <p className="break-words text-slate-600">Note: {step.note}</p> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
