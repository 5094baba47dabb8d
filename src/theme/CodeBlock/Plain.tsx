import type { Props } from '@theme/CodeBlock';
import { Children, type ReactNode } from 'react';

/** The code, unhighlighted, while the highlighter loads after a client-side navigation. */
export default function PlainCodeBlock({ children, className }: Props): ReactNode {
  const text = Children.toArray(children)
    .filter((child) => typeof child === 'string')
    .join('');
  return (
    <div className={['theme-code-block', className].filter(Boolean).join(' ')}>
      <pre className="prism-code" tabIndex={0}>
        <code>{text}</code>
      </pre>
    </div>
  );
}
