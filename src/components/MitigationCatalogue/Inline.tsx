import type { ReactNode } from 'react';

/** Text with `backticks` rendered as inline code; the catalogue tests keep backticks balanced. */
export default function Inline({ text }: { text: string }): ReactNode {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
