import useBaseUrl from '@docusaurus/useBaseUrl';
import {
  emptyManifest,
  manifestName,
  pdfDir,
  type PdfFile,
  type PdfKind,
  type PdfManifest,
} from '@site/slides/pdf/manifest';
import { useEffect, useState, type ReactNode } from 'react';
import styles from './PdfLinks.module.css';
import { useWords } from './words';

/**
 * Links to this locale's PDFs, shown only when `npm run pdf` has made them: reads the manifest
 * every production build writes (empty until then). The dev server has none, so it skips it.
 */
export default function PdfLinks({
  kinds = ['slides', 'document'],
}: {
  kinds?: readonly PdfKind[];
}): ReactNode {
  const words = useWords();
  const folder = useBaseUrl(`/${pdfDir}/`);
  const [files, setFiles] = useState<readonly PdfFile[]>([]);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') return undefined;
    let live = true;
    fetch(`${folder}${manifestName}`)
      .then((response) => (response.ok ? (response.json() as Promise<PdfManifest>) : emptyManifest))
      .then(
        (manifest) => live && setFiles(manifest.files),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [folder]);

  const shown = kinds.flatMap((kind) => files.filter((file) => file.kind === kind));
  if (shown.length === 0) return null;
  return (
    <ul className={`deck-pdf-links ${styles.links}`}>
      {shown.map((file) => (
        <li key={file.file}>
          <a href={`${folder}${file.file}`} download>
            {words.pdf[file.kind]}
          </a>{' '}
          <span className={styles.meta}>
            ({words.pages(file.pages)}, {words.megabytes((file.bytes / 1_000_000).toFixed(1))})
          </span>
        </li>
      ))}
    </ul>
  );
}
