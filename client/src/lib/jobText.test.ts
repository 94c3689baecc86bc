import { describe, expect, it } from 'vitest';
import { whenShort } from './jobText';

describe('whenShort', () => {
  const now = new Date(2026, 11, 4, 21, 0);

  it('leaves the year out for a date of this year', () => {
    const text = whenShort(new Date(2026, 11, 4, 20, 24).toISOString(), now);
    expect(text).toContain('4');
    expect(text).toContain('24');
    expect(text).not.toContain('2026');
  });

  it('names the year of an older date', () => {
    expect(whenShort(new Date(2025, 0, 9, 8, 5).toISOString(), now)).toContain('2025');
  });

  it('gives back what is not a date', () => {
    expect(whenShort('soon', now)).toBe('soon');
  });
});
