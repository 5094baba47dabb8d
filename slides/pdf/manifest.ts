/**
 * `pdf/manifest.json` in each locale's build folder lists the PDFs present there. Every build
 * writes an empty one and `npm run pdf` fills it, so pages can offer the PDFs when they exist
 * by reading a file that is always there (no request that fails when they do not).
 */
export type PdfKind = 'slides' | 'slides-notes' | 'document';

export interface PdfFile {
  readonly kind: PdfKind;
  /** File name inside the `pdf/` folder. */
  readonly file: string;
  readonly bytes: number;
  readonly pages: number;
}

export interface PdfManifest {
  readonly files: readonly PdfFile[];
}

/** Folder of a locale's PDFs inside its build output, and URL path under its base URL. */
export const pdfDir = 'pdf';
export const manifestName = 'manifest.json';

export const emptyManifest: PdfManifest = { files: [] };

export function pdfFileName(kind: PdfKind, locale: string): string {
  const stem = kind === 'document' ? 'espectro-architecture' : `espectro-${kind}`;
  return `${stem}-${locale}.pdf`;
}
