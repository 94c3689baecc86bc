import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { usePersonConsent } from '../api/get-person-consent';
import { ConsentDialog } from './ConsentDialog';

interface ConsentStateProps {
  userId: string;
  userLabel: string;
}

const scopes = (sendToProvider: boolean, faceMatching: boolean) =>
  [sendToProvider ? 'photos to the provider' : null, faceMatching ? 'face matching' : null]
    .filter(Boolean)
    .join(' and ') || 'storing photos only';

/** The person's consent, shown beside the person selector, with a way to record it. */
export function ConsentState({ userId, userLabel }: ConsentStateProps) {
  const consent = usePersonConsent(userId);
  const [open, setOpen] = useState(false);
  const active = consent.data?.active ?? false;

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="consent-state">
      {consent.data ? (
        <span className={active ? 'text-green-800' : 'text-amber-800'}>
          {active
            ? `Consent recorded for ${scopes(consent.data.send_to_provider ?? false, consent.data.face_matching ?? false)}.`
            : consent.data.withdrawn_at
              ? 'Consent withdrawn: no photos can be added.'
              : 'No consent recorded: no photos can be added yet.'}
        </span>
      ) : null}
      {consent.data ? (
        <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setOpen(true)}>
          {active ? 'Change consent…' : 'Record consent…'}
        </Button>
      ) : null}
      <ConsentDialog open={open} userId={userId} userLabel={userLabel} onClose={() => setOpen(false)} />
    </div>
  );
}
