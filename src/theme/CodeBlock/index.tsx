import type { Props } from '@theme/CodeBlock';
import { lazy, Suspense, type ReactNode } from 'react';
import { loadHighlighted } from './load';
import PlainCodeBlock from './Plain';

// Prism and its grammars load with the first code block, so pages without one never pay for
// them (src/plugins/code-highlighting.ts keeps them out of the main bundle). On a page load,
// src/client/code-highlighting.ts starts this import before hydration, so server-rendered
// blocks hydrate as they are instead of falling back to plain text for a moment.
const HighlightedCodeBlock = lazy(loadHighlighted);

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<PlainCodeBlock {...props} />}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
