import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { InputError } from '../../shared/errors.js';

/** Helpers shared by the site parsers. Pure; no I/O. */

/** Absolute URL of `href` against the page URL; null when it cannot be resolved. */
export function absolute(href: string | undefined, pageUrl: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, pageUrl).toString();
  } catch {
    return null;
  }
}

/** Checks the page URL once so every parser fails the same, typed way. */
export function checkPageUrl(url: string): URL {
  try {
    return new URL(url);
  } catch (cause) {
    throw new InputError(`page URL is not absolute: ${url}`, { cause });
  }
}

/** Collapsed, trimmed text; null when empty. */
export function cleanText(value: string | undefined | null): string | null {
  const t = (value ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Texts of the matching elements, empty ones dropped. */
export function texts($: CheerioAPI, nodes: Cheerio<AnyNode>): string[] {
  return nodes.toArray().flatMap((n) => {
    const t = cleanText($(n).text());
    return t ? [t] : [];
  });
}

/** Text of the element's own text nodes (not of nested elements): survives unclosed headings. */
export function ownText($: CheerioAPI, node: Cheerio<Element>): string | null {
  return cleanText(
    node
      .contents()
      .filter((_, c) => c.nodeType === 3)
      .text(),
  );
}

/** Descendants of `root` matching `selector` whose nearest `scope` ancestor is `root` itself. */
export function within($: CheerioAPI, root: Element, selector: string, scope: string): Cheerio<Element> {
  return $(root)
    .find(selector)
    .filter((_, el) => $(el).closest(scope).get(0) === root);
}

/** Deduplicated absolute image URLs of `img[src]` nodes. */
export function imageUrls($: CheerioAPI, nodes: Cheerio<Element>, pageUrl: string): string[] {
  const out: string[] = [];
  for (const n of nodes.toArray()) {
    const u = absolute($(n).attr('src'), pageUrl);
    if (u && !out.includes(u)) out.push(u);
  }
  return out;
}

/** Splits "Dansk, Engelsk" into parts. */
export function splitList(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
