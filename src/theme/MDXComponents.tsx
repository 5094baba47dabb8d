import MDXComponents from '@theme-original/MDXComponents';
import TopologyDiagram from '@site/src/components/TopologyDiagram';

/**
 * Makes <TopologyDiagram view="..."/> available in every MDX page without an import. It is
 * light: Mermaid and the icon pack load only when a diagram mounts.
 */
export default {
  ...MDXComponents,
  TopologyDiagram,
};
