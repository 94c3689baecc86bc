import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BreakableText } from './BreakableText';

describe('BreakableText', () => {
  it('may break an e-mail after its @ and before each dot of its domain, and reads the same', () => {
    const { container } = render(<BreakableText text="Coach (maya.okafor@demo.example.com)" />);
    expect(container.textContent).toBe('Coach (maya.okafor@demo.example.com)');
    expect(container.innerHTML).toBe('Coach (maya.okafor@<wbr>demo<wbr>.example<wbr>.com)');
  });

  it('leaves text without an e-mail as it is', () => {
    const { container } = render(<BreakableText text="Dr. Ada Admin" />);
    expect(container.innerHTML).toBe('Dr. Ada Admin');
  });
});
