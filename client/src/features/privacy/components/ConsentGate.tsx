import { useState, type ReactNode } from 'react';
import { BreakableText } from '@/components/ui/BreakableText';
import { Button } from '@/components/ui/Button';
import { usePersonConsent } from '../api/get-person-consent';
import { ConsentDialog } from './ConsentDialog';

interface ConsentGateProps {
  userId: string;
  userLabel: string;
  children: ReactNode;
}

/** The photo slots once the person has consented; before that, the way to ask them. */
export function ConsentGate({ userId, userLabel, children }: ConsentGateProps) {
  const consent = usePersonConsent(userId);
  const [open, setOpen] = useState(false);
  if (!consent.data) return null;
  if (consent.data.active) return <>{children}</>;
  return (
    <div className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <p>Photos of <BreakableText text={userLabel} /> are stored only with their consent.</p>
      <Button className="mt-2" onClick={() => setOpen(true)}>
        Add a photo…
      </Button>
      <ConsentDialog open={open} userId={userId} userLabel={userLabel} onClose={() => setOpen(false)} />
    </div>
  );
}
