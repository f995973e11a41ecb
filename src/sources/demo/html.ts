/** Small HTML helpers for the demo pages (no template engine needed). */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and attribute values. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** A whole page with a site header and a footer that links to robots-disallowed paths (a trap). */
export function layout(opts: {
  lang: string;
  title: string;
  siteName: string;
  home: string;
  body: string;
  css: string;
}): string {
  return `<!doctype html>
<html lang="${esc(opts.lang)}">
<head><meta charset="utf-8"><title>${esc(opts.title)}</title><style>${opts.css}</style></head>
<body>
<header class="site-header"><a class="logo" href="${esc(opts.home)}">${esc(opts.siteName)}</a></header>
<main>
${opts.body}
</main>
<footer class="site-footer"><a href="/private/export">Eksport</a> · <a href="/admin">Admin</a></footer>
</body>
</html>
`;
}

/** Danish-style timestamp "01.10.2026 18:40" for display; machines read the datetime attribute. */
export function showTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** Pagination links 1..pages, the current one not linked. */
export function pager(path: string, page: number, pages: number, extra = ''): string {
  const links: string[] = [];
  for (let p = 1; p <= pages; p++) {
    links.push(
      p === page
        ? `<span class="current">${p}</span>`
        : `<a href="${path}?page=${p}${extra}"${p === page + 1 ? ' rel="next"' : ''}>${p}</a>`,
    );
  }
  return `<nav class="pager">${links.join(' ')}</nav>`;
}
