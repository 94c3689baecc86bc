import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import type { PersonConsent } from '../api/get-person-consent';
import { useWithdrawConsent } from '../api/withdraw-consent';
import { WITHDRAW_LABELS, withdrawalText, type Scope } from '../utils/withdrawal-text';

interface WithdrawControlsProps {
  userId: string;
  userLabel: string;
  consent: PersonConsent;
}

/** "Withdraw" for each scope in force, and for everything, each after a confirmation. */
export function WithdrawControls({ userId, userLabel, consent }: WithdrawControlsProps) {
  const withdraw = useWithdrawConsent();
  const [asked, setAsked] = useState<Scope | 'everything' | null>(null);
  if (!consent.active) return null;
  const offered: (Scope | 'everything')[] = [
    ...(['face_matching', 'send_to_provider'] as const).filter((scope) => consent[scope]),
    'everything',
  ];
  const confirm = () => {
    if (!asked) return;
    withdraw.mutate({ id: userId, data: asked === 'everything' ? {} : { scopes: [asked] } });
    setAsked(null);
  };
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {offered.map((scope) => (
          <Button key={scope} variant="secondary" disabled={withdraw.isPending} onClick={() => setAsked(scope)}>
            {WITHDRAW_LABELS[scope]}…
          </Button>
        ))}
      </div>
      <ErrorMessage error={withdraw.error} className="mt-2" />
      <ConfirmDialog
        open={asked !== null}
        title={asked ? `${WITHDRAW_LABELS[asked]}?` : ''}
        message={asked ? withdrawalText(asked, consent, userLabel) : ''}
        confirmLabel="Withdraw"
        onConfirm={confirm}
        onCancel={() => setAsked(null)}
      />
    </div>
  );
}
