import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useMermaidRenderResult } from '@docusaurus/theme-mermaid/client';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { linkNodes, type NodeLink } from './linkNodes';
import { attachPanZoom, type PanZoomHandle } from './panZoom';
import { registerAwsIcons } from './registerIcons';
import Toolbar from './Toolbar';

/** Props filled in by the topology remark plugin; MDX authors write only `view`. */
export interface TopologyDiagramProps {
  readonly view: string;
  readonly diagram?: string;
  readonly title?: string;
  readonly description?: string;
  readonly mermaid?: string;
  /** JSON: Mermaid node id -> { href (site path without locale), label }. */
  readonly links?: string;
}

type State = 'loading' | 'rendered' | 'error';

function useLocalizedLinks(json: string | undefined): Record<string, NodeLink> {
  const base = useBaseUrl('/');
  return useMemo(() => {
    const raw = JSON.parse(json ?? '{}') as Record<string, NodeLink>;
    return Object.fromEntries(
      Object.entries(raw).map(([node, link]) => [
        node,
        { ...link, href: base + link.href.replace(/^\//, '') },
      ]),
    );
  }, [json, base]);
}

function RenderedSvg({
  text,
  links,
  onReady,
}: {
  text: string;
  links: Record<string, NodeLink>;
  onReady: (svg: SVGSVGElement) => void;
}): ReactNode {
  const result = useMermaidRenderResult({ text });
  const ref = useRef<HTMLDivElement>(null);
  const history = useHistory();
  useEffect(() => {
    const svg = ref.current?.querySelector('svg');
    if (!result || !svg) return;
    result.bindFunctions?.(ref.current as Element);
    linkNodes(svg, links, (href) => history.push(href));
    onReady(svg);
  }, [result, links, history, onReady]);
  if (!result) return null;
  return (
    <div
      ref={ref}
      className="topology-diagram__svg"
      dangerouslySetInnerHTML={{ __html: result.svg }}
    />
  );
}

function ErrorBox({ view, error }: { view: string; error: Error }): ReactNode {
  return (
    <div className="topology-diagram__error" role="alert">
      <Translate id="topology.error" values={{ view }}>
        {'The diagram "{view}" could not be drawn:'}
      </Translate>{' '}
      <code>{error.message}</code>
    </div>
  );
}

export default function TopologyDiagram(props: TopologyDiagramProps): ReactNode {
  const { view, mermaid, title, description } = props;
  const [state, setState] = useState<State>('loading');
  const [iconsReady, setIconsReady] = useState(false);
  const figureRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const panZoomRef = useRef<PanZoomHandle | null>(null);
  const links = useLocalizedLinks(props.links);

  useEffect(() => {
    let live = true;
    registerAwsIcons().then(
      () => live && setIconsReady(true),
      () => live && setState('error'),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => () => panZoomRef.current?.destroy(), []);

  if (!mermaid) {
    return (
      <ErrorBox
        view={view}
        error={new Error('no Mermaid text: is src/remark/topology.ts configured for this page?')}
      />
    );
  }

  const onReady = (svg: SVGSVGElement) => {
    svgRef.current = svg;
    panZoomRef.current?.destroy();
    panZoomRef.current = null;
    setState('rendered');
  };

  const ensurePanZoom = async () => {
    if (!svgRef.current) return null;
    panZoomRef.current ??= await attachPanZoom(svgRef.current);
    return panZoomRef.current;
  };

  return (
    <figure
      ref={figureRef}
      className="topology-diagram"
      data-topology-view={view}
      data-diagram={props.diagram}
      data-state={state}
      aria-busy={state === 'loading'}
    >
      <figcaption className="topology-diagram__caption">
        <strong>{title}</strong>
        {description ? <span className="topology-diagram__description">{description}</span> : null}
      </figcaption>
      <Toolbar
        view={view}
        mermaid={mermaid}
        disabled={state !== 'rendered'}
        svg={() => svgRef.current}
        figure={() => figureRef.current}
        zoomIn={() => void ensurePanZoom().then((p) => p?.zoomIn())}
        zoomOut={() => void ensurePanZoom().then((p) => p?.zoomOut())}
        reset={() => void ensurePanZoom().then((p) => p?.reset())}
      />
      <div className="topology-diagram__canvas">
        {iconsReady ? (
          <ErrorBoundary
            fallback={({ error }) => {
              queueMicrotask(() => setState('error'));
              return <ErrorBox view={view} error={error} />;
            }}
          >
            <RenderedSvg text={mermaid} links={links} onReady={onReady} />
          </ErrorBoundary>
        ) : null}
        {state === 'loading' ? (
          <p className="topology-diagram__loading">
            {translate({ id: 'topology.loading', message: 'Drawing the diagram…' })}
          </p>
        ) : null}
      </div>
    </figure>
  );
}
