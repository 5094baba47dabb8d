import CodeBlock from '@theme/CodeBlock';
import type { ReactNode } from 'react';
import type { Locale } from '@site/diagrams/model/text';
import type { Snippet as SnippetDef } from '@site/diagrams/threats/mitigation-types';
import { toYaml } from '@site/diagrams/threats/yaml';

/** A policy, manifest or command: data rendered to JSON or YAML, text shown as written. */
export default function Snippet({
  snippet,
  locale,
}: {
  snippet: SnippetDef;
  locale: Locale;
}): ReactNode {
  const title = snippet.title[locale];
  switch (snippet.kind) {
    case 'json':
      return (
        <CodeBlock language="json" title={title}>
          {JSON.stringify(snippet.value, null, 2)}
        </CodeBlock>
      );
    case 'yaml':
      return (
        <CodeBlock language="yaml" title={title}>
          {toYaml(snippet.value)}
        </CodeBlock>
      );
    case 'text':
      return (
        <CodeBlock language={snippet.language} title={title}>
          {snippet.text}
        </CodeBlock>
      );
  }
}
