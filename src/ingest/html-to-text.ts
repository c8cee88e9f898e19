/**
 * Strips an HTML page or fragment to plain text: one line per block element, script and
 * style dropped, entities decoded; also picks up the page's title and publication date.
 */
import { Parser } from "htmlparser2";
import { normalizeDate } from "./normalize-date.js";

export interface HtmlText {
  text: string;
  title?: string;
  /** YYYY-MM-DD from a publication-date <meta> or <time datetime>. */
  date?: string;
}

/** Elements whose content is not body text (the <title> is kept apart as the title). */
const DROPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "title"]);
/** Elements that start a new line. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
  "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
]);
/** <meta name|property> values that carry the publication date. */
const DATE_METAS = new Set([
  "article:published_time", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
  "dc.date.issued", "og:published_time", "datepublished",
]);

const CJK = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
// A line break between two CJK characters is layout, not a space (CSS Text 3 segment-break rule).
const CJK_BREAK = new RegExp(`(?<=[${CJK}])[ \\t\\r\\n\\f]*\\n[ \\t\\r\\n\\f]*(?=[${CJK}])`, "g");

/** Collapses HTML white space in one block's text; U+3000 indentation is trimmed too. */
function cleanBlock(raw: string): string {
  return raw
    .replace(/\u00a0/g, " ")
    .replace(CJK_BREAK, "")
    .replace(/[ \t\r\n\f]+/g, " ")
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/**
 * Converts HTML to text. Block elements and <br> become line breaks (empty lines dropped),
 * white space inside a block collapses to one space (none across a line break between
 * Chinese characters), `&nbsp;` becomes a space, <pre> keeps its lines. The title is the
 * first <h1>, else <title>.
 */
export function htmlToText(html: string): HtmlText {
  const lines: string[] = [];
  let block = "";
  let dropDepth = 0;
  let preDepth = 0;
  let title: string | undefined;
  let h1: string | undefined;
  let capture: "title" | "h1" | undefined;
  let captured = "";
  let date: string | undefined;

  const flush = (): void => {
    if (preDepth > 0) {
      for (const line of block.replace(/\r\n?/g, "\n").split("\n")) if (line.trim()) lines.push(line.trimEnd());
    } else {
      const line = cleanBlock(block);
      if (line) lines.push(line);
    }
    block = "";
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "meta") {
          const key = (attribs.name ?? attribs.property ?? attribs.itemprop ?? "").toLowerCase();
          if (!date && DATE_METAS.has(key) && attribs.content) date = normalizeDate(attribs.content);
        }
        if (name === "time" && !date && attribs.datetime) date = normalizeDate(attribs.datetime);
        if (name === "title" || (name === "h1" && h1 === undefined)) {
          capture = name;
          captured = "";
        }
        if (DROPPED.has(name)) dropDepth++;
        if (BLOCKS.has(name)) flush();
        if (name === "pre") preDepth++;
      },
      ontext(text) {
        if (capture) captured += text;
        if (dropDepth === 0) block += text;
      },
      onclosetag(name) {
        if (name === capture) {
          const value = cleanBlock(captured.replace(/\n/g, " "));
          if (capture === "title" && title === undefined && value) title = value;
          if (capture === "h1" && value) h1 = value;
          capture = undefined;
        }
        if (BLOCKS.has(name)) flush();
        if (name === "pre") preDepth = Math.max(0, preDepth - 1);
        if (DROPPED.has(name)) dropDepth = Math.max(0, dropDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush();
  const result: HtmlText = { text: lines.join("\n") };
  const heading = h1 ?? title;
  if (heading) result.title = heading;
  if (date) result.date = date;
  return result;
}
