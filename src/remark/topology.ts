/**
 * Remark plugin: fills every `<TopologyDiagram view="..."/>` in MDX with the view's Mermaid
 * text and node links, rendered from the typed model for the file's locale at build time.
 * The MDX names only the view, so how a view is delivered (live Mermaid now, pre-rendered SVG
 * later) can change without touching any page. An unknown view fails the build, naming the file.
 */
import { componentDocPath } from '../../diagrams/model/doc-links';
import { model } from '../../diagrams/model/index';
import type { Locale } from '../../diagrams/model/text';
import { renderView, type RenderedView } from '../../diagrams/render/index';
import { assertValidModel } from '../../diagrams/validate/validate';

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}
interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: MdxNode[];
}
interface VFileLike {
  path?: string;
}

export const componentName = 'TopologyDiagram';

export function localeOfFile(path: string | undefined): Locale {
  return path && /[\\/]i18n[\\/]en[\\/]/.test(path) ? 'en' : 'pt-BR';
}

function* diagramElements(node: MdxNode): Generator<MdxNode> {
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    node.name === componentName
  ) {
    yield node;
  }
  for (const child of node.children ?? []) yield* diagramElements(child);
}

/** The props the component receives; all strings, so MDX needs no expressions. */
export function diagramProps(view: RenderedView): Record<string, string> {
  const links = Object.fromEntries(
    Object.entries(view.nodes).map(([node, componentId]) => [
      node,
      {
        href: componentDocPath(model, componentId),
        label:
          model.components[componentId as keyof typeof model.components]?.label[view.locale] ??
          componentId,
      },
    ]),
  );
  return {
    diagram: view.diagram,
    title: view.title,
    description: view.description,
    mermaid: view.mermaid,
    links: JSON.stringify(links),
  };
}

export default function topologyRemark() {
  assertValidModel(model);
  const cache = new Map<string, RenderedView>();
  return (tree: MdxNode, file: VFileLike) => {
    const locale = localeOfFile(file.path);
    for (const element of diagramElements(tree)) {
      const attributes = element.attributes ?? [];
      const viewAttr = attributes.find((a) => a.name === 'view');
      if (typeof viewAttr?.value !== 'string') {
        throw new Error(
          `${file.path ?? 'MDX'}: <${componentName}> needs a literal view="..." attribute`,
        );
      }
      const key = `${locale}:${viewAttr.value}`;
      let view = cache.get(key);
      if (!view) {
        try {
          view = renderView(model, viewAttr.value, locale);
        } catch (error) {
          throw new Error(
            `${file.path ?? 'MDX'}: <${componentName} view="${viewAttr.value}"/>: ${(error as Error).message}`,
          );
        }
        cache.set(key, view);
      }
      const injected = diagramProps(view);
      element.attributes = [
        ...attributes.filter((a) => !(a.name in injected)),
        ...Object.entries(injected).map(([name, value]) => ({
          type: 'mdxJsxAttribute' as const,
          name,
          value,
        })),
      ];
    }
  };
}
