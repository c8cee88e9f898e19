/**
 * Strips an HTML page or fragment to plain text: one line per block element, script, style
 * and navigation dropped, entities decoded; also picks up a page's headline and date.
 */
import { Parser } from "htmlparser2";
import { normalizeDate } from "./normalize-date.js";

export interface HtmlText {
  text: string;
  /** The page's headline; its line is then not in `text`. */
  title?: string;
  /** YYYY-MM-DD from a publication-date <meta> or <time datetime>. */
  date?: string;
}

/** Elements whose content is not article text (the <title> is kept apart as a title candidate). */
const DROPPED = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "title", "nav", "aside",
  "footer", "form", "button",
]);
/** Elements that start a new line. */
const BLOCKS = new Set([
  "address", "article", "blockquote", "br", "caption", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table",
  "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
]);
/** <meta name|property|itemprop> values that carry the publication date. */
const DATE_METAS = new Set([
  "article:published_time", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
  "dc.date.issued", "og:published_time", "datepublished",
]);
/** A line before the headline this short and without a sentence end is a breadcrumb or menu. */
const MAX_CHROME_LINE = 40;

const CJK = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
// A line break between two CJK characters is layout, not a space (CSS Text 3 segment-break rule).
const CJK_BREAK = new RegExp(`(?<=[${CJK}])[ \\t\\r\\n\\f]*\\n[ \\t\\r\\n\\f]*(?=[${CJK}])`, "g");

/** Collapses HTML white space in one block's text; trim() also takes U+3000 indentation. */
function cleanBlock(raw: string): string {
  const joined = raw.includes("\n") ? raw.replace(CJK_BREAK, "") : raw;
  return joined.replace(/[ \t\r\n\f\u00a0]+/g, " ").trim();
}

interface Parsed {
  lines: string[];
  /** Each <h1> with the index of the line it became. */
  headings: { text: string; line: number }[];
  titleTag?: string;
  date?: string;
}

/** One pass of htmlparser2; with `rootOnly`, text outside the first <article>/<main> is ignored. */
function parse(html: string, rootOnly: boolean): Parsed {
  const out: Parsed = { lines: [], headings: [] };
  let block = "";
  let dropDepth = 0;
  let preDepth = 0;
  let rootDepth = 0;
  let rootSeen = false;
  let capture: "title" | "h1" | undefined;
  let captured = "";

  const flush = (): void => {
    if (preDepth > 0) {
      for (const line of block.replace(/\r\n?/g, "\n").split("\n")) if (line.trim()) out.lines.push(line.trimEnd());
    } else {
      const line = cleanBlock(block);
      if (line) out.lines.push(line);
    }
    block = "";
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "meta") {
          const key = (attribs.name ?? attribs.property ?? attribs.itemprop ?? "").toLowerCase();
          if (!out.date && DATE_METAS.has(key) && attribs.content) out.date = normalizeDate(attribs.content);
        }
        if (name === "time" && !out.date && attribs.datetime) out.date = normalizeDate(attribs.datetime);
        if ((name === "article" || name === "main") && rootOnly && (rootDepth > 0 || !rootSeen)) {
          rootDepth++;
          rootSeen = true;
        }
        if (BLOCKS.has(name)) flush();
        if (name === "title" || name === "h1") {
          capture = name;
          captured = "";
        }
        if (DROPPED.has(name)) dropDepth++;
        if (name === "pre") preDepth++;
      },
      ontext(text) {
        if (capture) captured += text;
        if (dropDepth === 0 && (!rootOnly || rootDepth > 0)) block += text;
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) flush();
        if (name === capture) {
          const value = cleanBlock(captured.replace(/\n/g, " "));
          if (capture === "title" && out.titleTag === undefined && value) out.titleTag = value;
          if (capture === "h1" && value && out.lines.at(-1) === value) out.headings.push({ text: value, line: out.lines.length - 1 });
          capture = undefined;
        }
        if (name === "pre") preDepth = Math.max(0, preDepth - 1);
        if (DROPPED.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        if ((name === "article" || name === "main") && rootDepth > 0) rootDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush();
  return out;
}

/** The site name usually follows the headline in <title>: `标题_频道_网站`, `标题 - 网站`. */
function headlineOfTitleTag(titleTag: string): string {
  return titleTag.split(/\s*(?:[_|｜]|--|\s[-–—]\s)\s*/)[0]?.trim() || titleTag;
}

/**
 * Converts HTML to text. Block elements and <br> become line breaks (empty lines dropped),
 * white space inside a block collapses to one space (none across a line break between
 * Chinese characters), `&nbsp;` becomes a space, <pre> keeps its lines; script, style, nav,
 * aside, footer and forms are dropped. For a whole page (not a `fragment`): only the first
 * <article>/<main> is read when there is one; the headline is the <h1> that starts the
 * <title> (else the first <h1>, else the <title> without the site name), and its line and
 * any menu-like short lines before it are left out of the text.
 */
export function htmlToText(html: string, options: { fragment?: boolean } = {}): HtmlText {
  const rootOnly = !options.fragment && /<(?:article|main)[\s>]/i.test(html);
  const page = parse(html, rootOnly);
  const result: HtmlText = { text: page.lines.join("\n") };
  if (page.date) result.date = page.date;
  if (options.fragment) return result;
  const { titleTag } = page;
  const heading = page.headings.find((h) => titleTag?.startsWith(h.text)) ?? page.headings[0];
  if (heading) {
    const before = page.lines.slice(0, heading.line);
    const chrome = before.every((line) => [...line].length <= MAX_CHROME_LINE && !/[。！？!?]$/.test(line));
    const kept = chrome ? [] : before;
    result.text = [...kept, ...page.lines.slice(heading.line + 1)].join("\n");
    result.title = heading.text;
  } else if (titleTag) {
    result.title = headlineOfTitleTag(titleTag);
  }
  return result;
}
