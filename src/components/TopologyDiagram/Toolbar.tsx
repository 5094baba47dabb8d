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

/** Stroke paths drawn in the button's text colour; no icon font to ship or fetch. */
const icons = {
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  reset: 'M4 12a8 8 0 1 0 3-6.2M4 4v5h5',
  fullscreen: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
};

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
    if (svg)
      download(
        `espectro-${props.view}.svg`,
        new XMLSerializer().serializeToString(svg),
        'image/svg+xml',
      );
  };
  const fullscreen = () => {
    const figure = props.figure();
    if (document.fullscreenElement) void document.exitFullscreen();
    else void figure?.requestFullscreen();
  };
  const button = (name: string, text: string, onClick: () => void, path: string) => (
    <button
      type="button"
      className="topology-diagram__button"
      data-action={name}
      onClick={onClick}
      disabled={props.disabled}
      title={text}
      aria-label={text}
    >
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
  return (
    <div className="topology-diagram__toolbar" role="toolbar" aria-label={label.toolbar}>
      {button('zoom-in', label.zoomIn, props.zoomIn, icons.plus)}
      {button('zoom-out', label.zoomOut, props.zoomOut, icons.minus)}
      {button('reset', label.reset, props.reset, icons.reset)}
      {button('fullscreen', label.fullscreen, fullscreen, icons.fullscreen)}
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
