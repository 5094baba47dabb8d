import { useMermaidRenderResult } from '@docusaurus/theme-mermaid/client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { registerAwsIcons } from './registerIcons';

function Rendered({
  text,
  onReady,
}: {
  text: string;
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
      dangerouslySetInnerHTML={{ __html: result.svg }}
    />
  );
}

/**
 * Draws the diagram in the browser with Mermaid: used by `npm start` (so diagrams follow the
 * model as it is edited) and by builds that found no prerendered SVG. Loaded only then.
 */
export default function LiveSvg({
  text,
  onReady,
  onError,
}: {
  text: string;
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
  return iconsReady ? <Rendered text={text} onReady={onReady} /> : null;
}
