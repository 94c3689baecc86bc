import { useEffect, useState } from 'react';

const DRAFT_KEY = 'images.prompt-draft';

/**
 * The additional prompt as typed, kept in this tab's session storage: a session that ends
 * sends the admin to sign in, and the prompt is still there when the page comes back.
 */
export function usePromptDraft(): [string, (next: string) => void] {
  const [prompt, setPrompt] = useState(() => sessionStorage.getItem(DRAFT_KEY) ?? '');
  useEffect(() => {
    if (prompt) sessionStorage.setItem(DRAFT_KEY, prompt);
    else sessionStorage.removeItem(DRAFT_KEY);
  }, [prompt]);
  return [prompt, setPrompt];
}
