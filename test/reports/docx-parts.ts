import { strFromU8, unzipSync } from 'fflate';

/** A .docx's parts by path (it is a zip), the XML ones as text: what the report's tests read. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([path, data]) => [path, path.endsWith('.xml') || path.endsWith('.rels') ? strFromU8(data) : `<${data.length} bytes>`]));
}

/** The document's text as Word shows it: the w:t runs joined, entities decoded. */
export function documentText(documentXml: string): string {
  const runs = [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);
  return runs
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
