export interface PanZoomHandle {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  destroy(): void;
}

/**
 * Pan and zoom on a rendered SVG, loaded on first use. Wheel zoom stays off so the page keeps
 * scrolling over a diagram; zoom is explicit (buttons), dragging pans once zoomed in.
 */
export async function attachPanZoom(svg: SVGSVGElement): Promise<PanZoomHandle> {
  const { default: svgPanZoom } = await import('svg-pan-zoom');
  // The holder's box, not the SVG's: an off-screen prerendered diagram is not laid out yet
  // (`content-visibility: auto`), and Chromium can measure its SVG as 0 px high once.
  const box = (svg.parentElement ?? svg).getBoundingClientRect();
  svg.style.maxWidth = 'none';
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', `${Math.max(box.height, 320)}px`);
  const instance = svgPanZoom(svg, {
    zoomEnabled: true,
    mouseWheelZoomEnabled: false,
    dblClickZoomEnabled: false,
    controlIconsEnabled: false,
    fit: true,
    center: true,
    minZoom: 0.5,
    maxZoom: 8,
  });
  return {
    zoomIn: () => instance.zoomIn(),
    zoomOut: () => instance.zoomOut(),
    reset: () => {
      instance.resetZoom();
      instance.center();
    },
    destroy: () => instance.destroy(),
  };
}
