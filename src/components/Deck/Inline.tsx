import type { ReactNode } from 'react';

/** Slide text with `code` in backticks set as <code>; everything else stays plain text. */
export default function Inline({ text }: { text: string }): ReactNode {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part || null));
}
