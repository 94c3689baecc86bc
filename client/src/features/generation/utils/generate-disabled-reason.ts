/** What the page knows when it decides whether Generate may be clicked. */
export interface GenerateReadiness {
  userChosen: boolean;
  /** The person's reference photos: still loading, how many, and how many are sent (show a face). */
  photos: { loading: boolean; count: number; sent: number };
  identityChosen: boolean;
  optionsLoading: boolean;
}

/**
 * Why Generate cannot be clicked yet, in the order the admin meets the steps, or null when it
 * can. Photos without a face are not sent (the server applies the same rule), so only photos
 * with one count.
 */
export function generateDisabledReason({ userChosen, photos, identityChosen, optionsLoading }: GenerateReadiness): string | null {
  if (!userChosen) return 'Choose a user first.';
  if (photos.loading) return 'Loading reference images…';
  if (photos.count === 0) return 'Add at least one reference image first.';
  if (photos.sent === 0) {
    return 'No photo of this person shows a face, so a poster could not look like them. Add a photo where the face is clearly visible.';
  }
  if (!identityChosen) return 'Choose an identity first.';
  if (optionsLoading) return 'Loading generation options…';
  return null;
}
