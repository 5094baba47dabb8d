import { useEffect, type ReactNode } from 'react';
import type { NodeLinks } from './nodeLinks';

/**
 * Stands in for LiveSvg in builds where every diagram was drawn at build time; reaching it
 * means a diagram without a prerendered SVG slipped through, which the page reports.
 */
export default function LiveSvgUnavailable({
  onError,
}: {
  text: string;
  links?: NodeLinks;
  onReady: (svg: SVGSVGElement) => void;
  onError: (error: Error) => void;
}): ReactNode {
  useEffect(() => {
    onError(new Error('this build has no Mermaid runtime and no prerendered SVG for this diagram'));
  }, [onError]);
  return null;
}
