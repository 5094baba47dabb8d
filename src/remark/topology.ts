/**
 * Remark plugin: fills every `<TopologyDiagram view="..."/>` in MDX with the view's Mermaid
 * text and node links, rendered from the typed model for the file's locale, and turns fenced
 * ```mermaid blocks into the same component. With `prerendered: true` (production builds) it
 * also attaches the SVGs drawn by `npm run prerender`, so pages ship diagrams, not Mermaid.
 * The MDX names only the view; an unknown view fails the build, naming the file.
 */
import { componentDocPath } from '../../diagrams/model/doc-links';
import { model } from '../../diagrams/model/index';
import type { Locale } from '../../diagrams/model/text';
import { findPrerendered } from '../../diagrams/prerender/lookup';
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
  lang?: string | null;
  value?: string;
  attributes?: JsxAttribute[];
  children?: MdxNode[];
}
interface VFileLike {
  path?: string;
}

export interface TopologyRemarkOptions {
  /** Attach build-time SVGs; views without one fall back to drawing in the browser. */
  readonly prerendered?: boolean;
  /** Repository root, where `src/generated/` lives. */
  readonly root?: string;
}

export const componentName = 'TopologyDiagram';

export function localeOfFile(path: string | undefined): Locale {
  return path && /[\\/]i18n[\\/]en[\\/]/.test(path) ? 'en' : 'pt-BR';
}

function* diagramElements(node: MdxNode): Generator<MdxNode> {
  const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  if (
    (isElement && node.name === componentName) ||
    (node.type === 'code' && node.lang === 'mermaid')
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

function toAttributes(props: Record<string, string>): JsxAttribute[] {
  return Object.entries(props).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

export default function topologyRemark(options: TopologyRemarkOptions = {}) {
  assertValidModel(model);
  const root = options.root ?? process.cwd();
  const cache = new Map<string, RenderedView>();
  const withSvg = (props: Record<string, string>): Record<string, string> => {
    const svg = options.prerendered ? findPrerendered(root, props.mermaid ?? '') : undefined;
    return svg ? { ...props, svg: JSON.stringify(svg) } : props;
  };

  return (tree: MdxNode, file: VFileLike) => {
    const where = file.path ?? 'MDX';
    const locale = localeOfFile(file.path);
    for (const element of diagramElements(tree)) {
      if (element.type === 'code') {
        // A hand-written diagram: same component, same prerender, no model links.
        const text = element.value ?? '';
        Object.assign(element, {
          type: 'mdxJsxFlowElement',
          name: componentName,
          attributes: toAttributes(withSvg({ view: 'inline', mermaid: text, links: '{}' })),
          children: [],
        });
        delete element.lang;
        delete element.value;
        continue;
      }
      const attributes = element.attributes ?? [];
      const viewAttr = attributes.find((a) => a.name === 'view');
      if (typeof viewAttr?.value !== 'string') {
        throw new Error(`${where}: <${componentName}> needs a literal view="..." attribute`);
      }
      const key = `${locale}:${viewAttr.value}`;
      let view = cache.get(key);
      if (!view) {
        try {
          view = renderView(model, viewAttr.value, locale);
        } catch (error) {
          throw new Error(
            `${where}: <${componentName} view="${viewAttr.value}"/>: ${(error as Error).message}`,
          );
        }
        cache.set(key, view);
      }
      const injected = withSvg(diagramProps(view));
      element.attributes = [
        ...attributes.filter((a) => !(a.name in injected)),
        ...toAttributes(injected),
      ];
    }
  };
}
