import { render, screen } from '@testing-library/react';
import { IdentityCard } from '@/components/IdentityCard';
import { makeIdentity, makeReferenceImage } from '@/testing/mocks/fixtures';
import { servePhotos } from '@/testing/mocks/photos';
import { renderApp } from '@/testing/render';

/** Tailwind 4's slate colours (defined in OKLCH) as sRGB, and white. */
const COLOURS: Record<string, string> = {
  white: '#ffffff',
  'slate-50': '#f8fafc',
  'slate-100': '#f1f5f9',
  'slate-200': '#e2e8f0',
  'slate-500': '#62748e',
  'slate-600': '#45556c',
  'slate-700': '#314158',
};

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of an element's text-* colour on the bg-* colour of it (or of `background`). */
function contrastOf(element: HTMLElement, background: HTMLElement = element): number {
  const colour = (prefix: string, of: HTMLElement) => {
    const name = [...of.classList].find((token) => token.startsWith(prefix) && COLOURS[token.slice(prefix.length)]);
    if (!name) throw new Error(`no known ${prefix}colour on ${of.className}`);
    return luminance(COLOURS[name.slice(prefix.length)]!);
  };
  const [light, dark] = [colour('text-', element), colour('bg-', background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('Placeholder contrast', () => {
  it('checks the way the audit measured it: slate-500 on slate-100 is 4.34:1', () => {
    const probe = document.createElement('div');
    probe.className = 'bg-slate-100 text-slate-500';
    expect(contrastOf(probe)).toBeCloseTo(4.34, 1);
  });

  it('gives “No image yet” at least 4.5:1', () => {
    render(
      <ul>
        <IdentityCard identity={makeIdentity({ image: null })} />
      </ul>,
    );
    expect(contrastOf(screen.getByText('No image yet'))).toBeGreaterThanOrEqual(4.5);
  });

  it('gives a reference photo’s “No preview” at least 4.5:1 on its tile', async () => {
    servePhotos([makeReferenceImage({ image: null })]);
    renderApp('/images');
    const text = await screen.findByText('No preview');
    expect(contrastOf(text, text.parentElement!)).toBeGreaterThanOrEqual(4.5);
  });
});
