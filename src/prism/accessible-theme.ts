import type { PrismTheme } from 'prism-react-renderer';

type Rgb = [number, number, number];

function parseColor(color: string): Rgb | undefined {
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(color) ? parseHex(color) : undefined;
}

function parseHex(hex: string): Rgb {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [
    luminance(parseColor(a) ?? [0, 0, 0]),
    luminance(parseColor(b) ?? [0, 0, 0]),
  ].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Moves a colour toward black or white, whichever contrasts with the background, until it passes. */
export function ensureContrast(color: string, background: string, minimum = 4.6): string {
  const start = parseColor(color);
  const back = parseColor(background);
  if (!start || !back || contrast(color, background) >= minimum) return color;
  const target: Rgb = luminance(back) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.05; t <= 1; t += 0.05) {
    const mixed = start.map((c, i) => c + ((target[i] ?? c) - c) * t) as Rgb;
    if (contrast(toHex(mixed), background) >= minimum) return toHex(mixed);
  }
  return toHex(target);
}

/**
 * The stock GitHub and Dracula themes have token colours below WCAG AA (comments, constants);
 * this keeps each hue and only adjusts lightness until it reaches 4.6:1 on the theme background.
 */
export function accessibleTheme(theme: PrismTheme): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  return {
    plain: { ...theme.plain, color: ensureContrast(theme.plain.color ?? '#000000', background) },
    styles: theme.styles.map((s) => ({
      ...s,
      style: s.style.color
        ? { ...s.style, color: ensureContrast(s.style.color, background) }
        : s.style,
    })),
  };
}
