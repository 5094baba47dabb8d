import { useColorMode } from '@docusaurus/theme-common';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useEffect, useRef, type ReactNode } from 'react';
import { addNodeLinks, type NodeLinks } from './nodeLinks';

export interface PrerenderedSvg {
  readonly src: string;
  readonly width: number;
  readonly height: number;
}

export interface PrerenderedModes {
  readonly light: PrerenderedSvg;
  readonly dark: PrerenderedSvg;
}

const svgCache = new Map<string, Promise<string>>();

function fetchSvg(url: string): Promise<string> {
  let pending = svgCache.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.text();
    });
    svgCache.set(url, pending);
  }
  return pending;
}

/**
 * A diagram drawn at build time. The light SVG is in the HTML (copied there after the build by
 * src/plugins/inline-diagrams.ts, node links included: it reads them from `data-svg-links`), so
 * React must never own the children: both holders are empty `dangerouslySetInnerHTML` boxes
 * whose server content hydration leaves alone. The dark SVG, and both after client-side
 * navigation, are fetched once and set directly, node links written into the text first.
 */
export default function StaticSvg({
  svg,
  links,
  onPending,
  onReady,
  onError,
}: {
  svg: PrerenderedModes;
  links: NodeLinks;
  /** The SVG of the current colour mode is being fetched (first dark view, client navigation). */
  onPending: () => void;
  onReady: (element: SVGSVGElement) => void;
  onError: (error: Error) => void;
}): ReactNode {
  const { colorMode } = useColorMode();
  const light = useRef<HTMLDivElement>(null);
  const dark = useRef<HTMLDivElement>(null);
  const lightUrl = useBaseUrl(svg.light.src);
  const darkUrl = useBaseUrl(svg.dark.src);

  useEffect(() => {
    const holder = colorMode === 'dark' ? dark.current : light.current;
    const url = colorMode === 'dark' ? darkUrl : lightUrl;
    if (!holder) return;
    let live = true;
    const present = holder.querySelector('svg');
    if (present) {
      onReady(present);
      return;
    }
    onPending();
    fetchSvg(url).then(
      (text) => {
        if (!live) return;
        if (!holder.querySelector('svg')) holder.innerHTML = addNodeLinks(text, links);
        const element = holder.querySelector('svg');
        if (element) onReady(element);
        else onError(new Error(`${url} holds no SVG`));
      },
      (error: Error) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [colorMode, lightUrl, darkUrl, links, onPending, onReady, onError]);

  const box = (mode: PrerenderedSvg) => ({
    aspectRatio: `${mode.width} / ${mode.height}`,
    maxWidth: `${mode.width}px`,
  });
  return (
    <div className="topology-diagram__svg topology-diagram__svg--static">
      <div
        ref={light}
        className="topology-diagram__mode topology-diagram__mode--light"
        style={box(svg.light)}
        data-svg-inline={lightUrl}
        data-svg-links={JSON.stringify(links)}
        dangerouslySetInnerHTML={{ __html: '' }}
        suppressHydrationWarning
      />
      <div
        ref={dark}
        className="topology-diagram__mode topology-diagram__mode--dark"
        style={box(svg.dark)}
        data-svg-src={darkUrl}
        dangerouslySetInnerHTML={{ __html: '' }}
        suppressHydrationWarning
      />
    </div>
  );
}
