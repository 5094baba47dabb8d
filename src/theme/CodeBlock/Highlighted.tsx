import './prism-languages';
import type { Props } from '@theme/CodeBlock';
import OriginalCodeBlock from '@theme-original/CodeBlock';
import type { ComponentType } from 'react';

// The theme's type declarations leave `@theme-original/*` untyped.
const HighlightedCodeBlock = OriginalCodeBlock as ComponentType<Props>;
export default HighlightedCodeBlock;
