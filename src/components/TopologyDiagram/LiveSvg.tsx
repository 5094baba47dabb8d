import { useMermaidRenderResult } from '@docusaurus/theme-mermaid/client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { addNodeLinks, type NodeLinks } from './nodeLinks';
import { registerAwsIcons } from './registerIcons';

function Rendered({
  text,
  links,
  onReady,
}: {
  text: string;
  links: NodeLinks;
  onReady: (svg: SVGSVGElement) => void;
}): ReactNode {
  const result = useMermaidRenderResult({ text });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const svg = ref.current?.querySelector('svg');
    if (!result || !svg) return;
    result.bindFunctions?.(ref.current as Element);
    onReady(svg);
  }, [result, onReady]);
  if (!result) return null;
  return (
    <div
      ref={ref}
      className="topology-diagram__svg"
      dangerouslySetInnerHTML={{ __html: addNodeLinks(result.svg, links) }}
    />
  );
}

/**
 * Draws the diagram in the browser with Mermaid: used by `npm start` (so diagrams follow the
 * model as it is edited) and by builds that found no prerendered SVG. Loaded only then.
 */
const noLinks: NodeLinks = {};

export default function LiveSvg({
  text,
  links = noLinks,
  onReady,
  onError,
}: {
  text: string;
  /** Node links written into the SVG (none on slides). */
  links?: NodeLinks;
  onReady: (svg: SVGSVGElement) => void;
  onError: (error: Error) => void;
}): ReactNode {
  const [iconsReady, setIconsReady] = useState(false);
  useEffect(() => {
    let live = true;
    registerAwsIcons().then(
      () => live && setIconsReady(true),
      (error: Error) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [onError]);
  return iconsReady ? <Rendered text={text} links={links} onReady={onReady} /> : null;
}
