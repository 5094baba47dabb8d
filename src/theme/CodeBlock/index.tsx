import type { Props } from '@theme/CodeBlock';
import { lazy, Suspense, type ReactNode } from 'react';
import PlainCodeBlock from './Plain';

// Prism and its grammars load with the first code block, so pages without one never pay for
// them (src/plugins/code-highlighting.ts keeps them out of the main bundle). Server-rendered
// blocks keep their highlighted HTML until this chunk arrives and hydrates them.
const HighlightedCodeBlock = lazy(() => import('./Highlighted'));

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<PlainCodeBlock {...props} />}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
