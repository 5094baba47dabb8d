/**
 * Mermaid writes coordinates with up to 16 decimals (some shapes are long Bézier chains);
 * two decimals are far below a pixel at any zoom the site offers and cut the SVG's size.
 * Only numbers with four or more decimals are touched (the icons' hand-tuned paths keep
 * theirs), and a space is kept where a shortened number would fuse with the next one.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(
    /\s(d|points|transform)="([^"]*)"/g,
    (_, name: string, value: string) =>
      ` ${name}="${value.replace(/-?\d+\.\d{4,}(?:e-?\d+)?/g, (n: string, offset: number) => {
        const rounded = Number(Number(n).toFixed(2));
        const text = Object.is(rounded, -0) ? '0' : String(rounded);
        const next = value[offset + n.length] ?? '';
        return /[\d.]/.test(next) ? `${text} ` : text;
      })}"`,
  );
}
