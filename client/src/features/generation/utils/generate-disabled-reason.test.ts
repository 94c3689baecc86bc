import { generateDisabledReason, type GenerateReadiness } from './generate-disabled-reason';

const ready: GenerateReadiness = {
  userChosen: true,
  photos: { loading: false, count: 2, sent: 2 },
  identityChosen: true,
  optionsLoading: false,
};

describe('Why Generate is disabled', () => {
  it('is nothing once a user, a photo with a face, an identity and the options are there', () => {
    expect(generateDisabledReason(ready)).toBeNull();
  });

  it.each<[string, Partial<GenerateReadiness>, string]>([
    ['no user', { userChosen: false }, 'Choose a user first.'],
    ['photos loading', { photos: { loading: true, count: 0, sent: 0 } }, 'Loading reference images…'],
    ['no photo', { photos: { loading: false, count: 0, sent: 0 } }, 'Add at least one reference image first.'],
    ['no photo with a face', { photos: { loading: false, count: 2, sent: 0 } }, 'No photo of this person shows a face'],
    ['no identity', { identityChosen: false }, 'Choose an identity first.'],
    ['options loading', { optionsLoading: true }, 'Loading generation options…'],
  ])('says what is missing: %s', (_case, missing, reason) => {
    expect(generateDisabledReason({ ...ready, ...missing })).toContain(reason);
  });

  it('names the first missing step, in the order the page asks for them', () => {
    const nothing: GenerateReadiness = {
      userChosen: false,
      photos: { loading: true, count: 0, sent: 0 },
      identityChosen: false,
      optionsLoading: true,
    };
    expect(generateDisabledReason(nothing)).toBe('Choose a user first.');
    expect(generateDisabledReason({ ...nothing, userChosen: true })).toBe('Loading reference images…');
    expect(generateDisabledReason({ ...ready, identityChosen: false, optionsLoading: true })).toBe('Choose an identity first.');
  });

  it('lets a click through when only some photos show a face', () => {
    expect(generateDisabledReason({ ...ready, photos: { loading: false, count: 3, sent: 1 } })).toBeNull();
  });
});
