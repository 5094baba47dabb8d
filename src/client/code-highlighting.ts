/**
 * Client module. The theme re-renders every code block right after hydration (to apply the
 * colour mode's Prism theme). A block whose highlighter chunk has not arrived by then cannot
 * hydrate, so React dropped its server HTML and showed the plain fallback until the chunk came.
 * When the server HTML holds a code block, start loading the chunk now, alongside the route's
 * own chunks that hydration waits for.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { loadHighlighted } from '../theme/CodeBlock/load';

if (ExecutionEnvironment.canUseDOM && document.querySelector('.theme-code-block')) {
  loadHighlighted().catch((error: unknown) =>
    console.warn('[espectro] the code highlighter did not load', error),
  );
}
