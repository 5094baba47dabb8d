import ErrorBoundary from '@docusaurus/ErrorBoundary';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { DeckDiagram } from '@site/slides/data';
import {
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { animateViewBox, fullViewBox, stepViewBox } from './focus';
import { DeckContext } from './useReveal';
import { useWords } from './words';

// Resolved by src/plugins/diagram-runtime.ts, as for the site's diagrams: Mermaid is bundled
// only where a diagram has to be drawn in the browser (`npm start`, or a build lacking SVGs).
const LiveSvg = lazy(() => import('@espectro/live-svg'));

type State = 'waiting' | 'loading' | 'rendered' | 'error';

const svgTexts = new Map<string, Promise<string>>();

function fetchSvg(url: string): Promise<string> {
  let text = svgTexts.get(url);
  if (!text) {
    text = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.text();
    });
    svgTexts.set(url, text);
  }
  return text;
}

/**
 * A diagram on a slide. It is drawn when its slide is first shown (all at once when printing),
 * never on a hidden slide: the build-time SVG is fetched and inlined, or, without one, Mermaid
 * draws it live. Its zoom steps follow the slide's fragments.
 */
export default function Diagram({
  slideId,
  diagram,
}: {
  slideId: string;
  diagram: DeckDiagram;
}): ReactNode {
  const { deck, current, printing } = useContext(DeckContext);
  const words = useWords();
  const figure = useRef<HTMLElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const [outcome, setOutcome] = useState<'rendered' | 'error'>();
  const [failure, setFailure] = useState<string>();
  // Latched: once its slide has been on screen, the diagram stays drawn. Updated while
  // rendering (React's pattern for state derived from props), not in an effect.
  const [shown, setShown] = useState(false);
  if (!shown && (printing || current === slideId)) setShown(true);
  const state: State = outcome ?? (shown ? 'loading' : 'waiting');
  const svgUrl = useBaseUrl(diagram.svg?.light.src ?? '/');

  const onReady = useCallback((svg: SVGSVGElement) => {
    svgRef.current = svg;
    fullViewBox(svg);
    setOutcome('rendered');
  }, []);
  const onError = useCallback((error: Error) => {
    setFailure(error.message);
    setOutcome('error');
  }, []);

  // A deck opened on this slide (`/slides#/<id>`) will show it first: start the download now,
  // alongside reveal.js, rather than after reveal.js has started and picked the slide.
  useEffect(() => {
    if (diagram.svg && window.location.hash === `#/${slideId}`)
      void fetchSvg(svgUrl).catch(() => undefined);
  }, [diagram.svg, slideId, svgUrl]);

  // Build-time SVG: fetched once shown, set as the holder's content (React never owns it).
  useEffect(() => {
    if (!shown || !diagram.svg) return undefined;
    let live = true;
    fetchSvg(svgUrl).then(
      (text) => {
        const box = holder.current;
        if (!live || !box) return;
        box.innerHTML = text;
        const svg = box.querySelector('svg');
        if (svg) onReady(svg);
        else onError(new Error(`${svgUrl} holds no SVG`));
      },
      (error: Error) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [shown, diagram.svg, svgUrl, onReady, onError]);

  // Zoom steps: on the current slide, show the region of the last fragment shown.
  useEffect(() => {
    const box = figure.current;
    const section = box?.closest('section');
    if (!deck || printing || state !== 'rendered' || !box || !section) return undefined;
    const update = () => {
      const svg = svgRef.current;
      if (!svg || deck.getCurrentSlide() !== section) return;
      const step = section.querySelectorAll('.deck-focus__step.visible').length - 1;
      const target = stepViewBox(svg, diagram.focus[step]);
      if (!target) return;
      box.setAttribute('data-focus-step', String(step));
      box.setAttribute('data-focus-state', 'moving');
      animateViewBox(svg, target, { done: () => box.setAttribute('data-focus-state', 'settled') });
    };
    const events = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'resize'];
    for (const event of events) deck.on(event, update);
    update();
    return () => {
      for (const event of events) deck.off(event, update);
    };
  }, [deck, printing, state, diagram.focus]);

  return (
    <figure
      ref={figure}
      className={`deck-diagram deck-diagram--${diagram.kind}`}
      data-view={diagram.view}
      data-state={state}
      aria-label={diagram.title}
    >
      {diagram.svg ? (
        <div
          ref={holder}
          className="deck-diagram__svg"
          dangerouslySetInnerHTML={{ __html: '' }}
          suppressHydrationWarning
        />
      ) : shown ? (
        <div className="deck-diagram__svg">
          <ErrorBoundary
            fallback={({ error }) => {
              queueMicrotask(() => onError(error));
              return null;
            }}
          >
            <Suspense fallback={null}>
              <LiveSvg text={diagram.mermaid ?? ''} onReady={onReady} onError={onError} />
            </Suspense>
          </ErrorBoundary>
        </div>
      ) : null}
      {state === 'loading' ? <p className="deck-diagram__note">{words.drawing}</p> : null}
      {failure ? (
        <p className="deck-diagram__note" role="alert">
          {words.failed} <code>{failure}</code>
        </p>
      ) : null}
    </figure>
  );
}
