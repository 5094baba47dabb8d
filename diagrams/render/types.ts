import type { Locale } from '../model/text';

export type DiagramKind = 'flowchart' | 'sequence' | 'state';

/** What a view renders to: Mermaid text plus the node -> component map used for links. */
export interface RenderedView {
  readonly id: string;
  readonly locale: Locale;
  readonly diagram: DiagramKind;
  readonly title: string;
  readonly description: string;
  readonly mermaid: string;
  /** Mermaid node id -> component id, for every node that stands for one component. */
  readonly nodes: Readonly<Record<string, string>>;
  /** Number of nodes (components, collapsed systems, states or lifecycle stages) drawn. */
  readonly nodeCount: number;
}
