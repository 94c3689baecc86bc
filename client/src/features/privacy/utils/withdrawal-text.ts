export type Scope = 'send_to_provider' | 'face_matching';

/** What withdrawing is called on its button. */
export const WITHDRAW_LABELS: Record<Scope | 'everything', string> = {
  face_matching: 'Withdraw face matching',
  send_to_provider: 'Withdraw sending photos',
  everything: 'Withdraw everything',
};

/**
 * What a withdrawal deletes, said before it is done. Withdrawing the last scope left is
 * withdrawing everything: the photos go too.
 */
export function withdrawalText(
  withdrawn: Scope | 'everything',
  inForce: { send_to_provider: boolean; face_matching: boolean },
  who: string,
): string {
  const left = {
    send_to_provider: inForce.send_to_provider && withdrawn !== 'send_to_provider' && withdrawn !== 'everything',
    face_matching: inForce.face_matching && withdrawn !== 'face_matching' && withdrawn !== 'everything',
  };
  if (!left.send_to_provider && !left.face_matching) {
    return `${who}'s reference photos and their face measurements are deleted now, and no photo can be added until they consent again. Posters saved on identities stay unless you erase the person.`;
  }
  if (withdrawn === 'face_matching') {
    return `The face measurements of ${who}'s photos and the likeness scores of their posters are deleted now, and no poster is compared with their face again. The photos stay.`;
  }
  return `${who}'s photos are no longer sent to the image provider, and their queued posters are cancelled. Nothing is deleted: the photos stay for face matching.`;
}
