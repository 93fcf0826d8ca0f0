/**
 * The frame of the stand-in's classic pages (DispForm.aspx, AllItems.aspx): one Swedish HTML page,
 * as SharePoint shows the site's language, readable without scripts. Every value that reaches a page
 * goes through escapeHtml: register text is typed by people and may hold `<script>`.
 */

export interface HtmlAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** Contrast above WCAG AA (4.5:1) for text and links on white; focus stays visible. */
const STYLE = `
body { font-family: "Segoe UI", system-ui, sans-serif; color: #1b1b1b; background: #fff; margin: 0; line-height: 1.5; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
.list-name { color: #4a4a4a; margin: 0; }
a { color: #0b5394; }
a:focus { outline: 2px solid #0b5394; outline-offset: 2px; }
dl { display: grid; grid-template-columns: minmax(8rem, 16rem) 1fr; gap: 0.5rem 1.5rem; }
dt { font-weight: 600; }
dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid #8a8a8a; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f0f0f0; }
`;

/** A whole page; `title` and `content` are already-escaped HTML. */
export function htmlPage(status: number, title: string, content: string): HtmlAnswer {
  const body = `<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head>
<body><main>
${content}
</main></body>
</html>
`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

/** SharePoint's error page, in short: the status and what went wrong, never the data asked for. */
export function errorPage(status: number, message: string): HtmlAnswer {
  const heading = status === 404 ? 'Sidan eller objektet finns inte' : status === 403 ? 'Åtkomst nekad' : 'Något gick fel';
  return htmlPage(status, escapeHtml(heading), `<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(message)}</p>`);
}
