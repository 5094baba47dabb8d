/**
 * Mermaid settings shared by the site (theme-mermaid, live rendering) and the build-time
 * prerender, so an SVG drawn during the build matches one drawn in the browser.
 */
export const mermaidThemes = { light: 'neutral', dark: 'dark' } as const;
export type ColorMode = keyof typeof mermaidThemes;

/** The font the site ships (@fontsource-variable/inter): Mermaid measures labels with it. */
export const diagramFontFamily = '"Inter Variable", Inter, system-ui, sans-serif';

export const mermaidOptions = {
  securityLevel: 'strict',
  fontFamily: diagramFontFamily,
  // Fixed seed: Mermaid otherwise draws some curves with random control points.
  handDrawnSeed: 1,
} as const;
