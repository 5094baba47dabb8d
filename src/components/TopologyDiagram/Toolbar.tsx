import { translate } from '@docusaurus/Translate';
import { useState, type ReactNode } from 'react';

interface ToolbarProps {
  view: string;
  mermaid: string;
  disabled: boolean;
  svg: () => SVGSVGElement | null;
  figure: () => HTMLElement | null;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
}

function download(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/** Zoom, full screen, copy the Mermaid source and download the SVG of one diagram. */
export default function Toolbar(props: ToolbarProps): ReactNode {
  const [copied, setCopied] = useState(false);
  const label = {
    zoomIn: translate({ id: 'topology.zoomIn', message: 'Zoom in' }),
    zoomOut: translate({ id: 'topology.zoomOut', message: 'Zoom out' }),
    reset: translate({ id: 'topology.reset', message: 'Reset view' }),
    fullscreen: translate({ id: 'topology.fullscreen', message: 'Full screen' }),
    copy: translate({ id: 'topology.copy', message: 'Copy Mermaid source' }),
    copied: translate({ id: 'topology.copied', message: 'Copied' }),
    download: translate({ id: 'topology.download', message: 'Download SVG' }),
    toolbar: translate({ id: 'topology.toolbar', message: 'Diagram tools' }),
  };
  const copy = async () => {
    await navigator.clipboard.writeText(props.mermaid);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  const saveSvg = () => {
    const svg = props.svg();
    if (svg) download(`espectro-${props.view}.svg`, new XMLSerializer().serializeToString(svg), 'image/svg+xml');
  };
  const fullscreen = () => {
    const figure = props.figure();
    if (document.fullscreenElement) void document.exitFullscreen();
    else void figure?.requestFullscreen();
  };
  const button = (name: string, text: string, onClick: () => void, symbol: string) => (
    <button
      type="button"
      className="topology-diagram__button"
      data-action={name}
      onClick={onClick}
      disabled={props.disabled}
      title={text}
      aria-label={text}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
  return (
    <div className="topology-diagram__toolbar" role="toolbar" aria-label={label.toolbar}>
      {button('zoom-in', label.zoomIn, props.zoomIn, '+')}
      {button('zoom-out', label.zoomOut, props.zoomOut, '−')}
      {button('reset', label.reset, props.reset, '⟲')}
      {button('fullscreen', label.fullscreen, fullscreen, '⛶')}
      <button
        type="button"
        className="topology-diagram__button topology-diagram__button--text"
        data-action="copy"
        onClick={() => void copy()}
        disabled={props.disabled}
      >
        {copied ? label.copied : label.copy}
      </button>
      <button
        type="button"
        className="topology-diagram__button topology-diagram__button--text"
        data-action="download"
        onClick={saveSvg}
        disabled={props.disabled}
      >
        {label.download}
      </button>
    </div>
  );
}
