import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { linkNodes, type NodeLink } from './linkNodes';
import { attachPanZoom, type PanZoomHandle } from './panZoom';
import StaticSvg, { type PrerenderedModes } from './StaticSvg';
import Toolbar from './Toolbar';

// Resolved by src/plugins/diagram-runtime.ts: Mermaid only where a diagram is drawn live.
const LiveSvg = lazy(() => import('@espectro/live-svg'));

/** Props filled in by the topology remark plugin; MDX authors write only `view`. */
export interface TopologyDiagramProps {
  readonly view: string;
  readonly diagram?: string;
  readonly title?: string;
  readonly description?: string;
  readonly mermaid?: string;
  /** JSON: Mermaid node id -> { href (site path without locale), label }. */
  readonly links?: string;
  /** JSON: the build-time SVGs ({ light, dark }), absent when drawn in the browser. */
  readonly svg?: string;
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
  const [failure, setFailure] = useState<Error | null>(null);
  const figureRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const panZoomRef = useRef<PanZoomHandle | null>(null);
  const links = useLocalizedLinks(props.links);
  const prerendered = useMemo(
    () => (props.svg ? (JSON.parse(props.svg) as PrerenderedModes) : undefined),
    [props.svg],
  );
  const history = useHistory();

  useEffect(() => () => panZoomRef.current?.destroy(), []);

  const onReady = useCallback(
    (svg: SVGSVGElement) => {
      if (svgRef.current !== svg) {
        panZoomRef.current?.destroy();
        panZoomRef.current = null;
      }
      svgRef.current = svg;
      linkNodes(svg, links, (href) => history.push(href));
      setState('rendered');
    },
    [links, history],
  );
  const onPending = useCallback(() => setState('loading'), []);
  const onError = useCallback((error: Error) => {
    setFailure(error);
    setState('error');
  }, []);

  if (!mermaid) {
    return (
      <ErrorBox
        view={view}
        error={new Error('no Mermaid text: is src/remark/topology.ts configured for this page?')}
      />
    );
  }

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
      {title ? (
        <figcaption className="topology-diagram__caption">
          <strong>{title}</strong>
          {description ? (
            <span className="topology-diagram__description">{description}</span>
          ) : null}
        </figcaption>
      ) : null}
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
      {/* Focusable so keyboard users can scroll a diagram larger than its frame (hand-written
          diagrams have no node links that would otherwise take the focus). */}
      <div
        className="topology-diagram__canvas"
        tabIndex={0}
        role="region"
        aria-label={title || view}
      >
        {failure ? <ErrorBox view={view} error={failure} /> : null}
        {prerendered ? (
          <StaticSvg svg={prerendered} onPending={onPending} onReady={onReady} onError={onError} />
        ) : (
          <ErrorBoundary
            fallback={({ error }) => {
              queueMicrotask(() => onError(error));
              return null;
            }}
          >
            <Suspense fallback={null}>
              <LiveSvg text={mermaid} onReady={onReady} onError={onError} />
            </Suspense>
          </ErrorBoundary>
        )}
        {state === 'loading' && !prerendered ? (
          <p className="topology-diagram__loading">
            {translate({ id: 'topology.loading', message: 'Drawing the diagram…' })}
          </p>
        ) : null}
      </div>
    </figure>
  );
}
