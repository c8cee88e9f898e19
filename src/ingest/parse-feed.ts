/**
 * Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed as it streams in: title, date,
 * link and the text of their content, in document order, one item in memory at a time.
 */
import { Parser } from "htmlparser2";
import { htmlToText } from "./html-to-text.js";
import { normalizeDate } from "./normalize-date.js";

export interface FeedItem {
  /** <guid> or Atom <id>, when present. */
  id?: string;
  title?: string;
  /** YYYY-MM-DD, when the item's date parses. */
  date?: string;
  /** The item's date as written when it does not parse, for a diagnostic. */
  badDate?: string;
  link?: string;
  /** Plain text of the content (full content preferred over the summary). */
  text: string;
}

// Full text is preferred over summaries: content:encoded (RSS), content (Atom), then the rest.
const CONTENT_TAGS = ["content:encoded", "content", "description", "summary"];
const DATE_TAGS = ["pubdate", "dc:date", "published", "updated", "issued"];

interface Link {
  href?: string;
  rel?: string;
  text: string;
}

/** The direct children of one <item>/<entry>: each field's text (or markup) and its links. */
interface RawItem {
  fields: Map<string, string>;
  links: Link[];
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string): string => escapeXml(s).replace(/"/g, "&quot;");

function firstField(item: RawItem, names: string[]): string | undefined {
  for (const name of names) {
    const value = item.fields.get(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Atom links are <link rel="alternate" href>; RSS links are the element's text. */
function linkOf(links: Link[]): string | undefined {
  const alternate = links.find((l) => l.href && (l.rel ?? "alternate") === "alternate");
  return alternate?.href?.trim() ?? links.find((l) => l.text.trim())?.text.trim() ?? links.find((l) => l.href)?.href?.trim();
}

function toFeedItem(raw: RawItem): FeedItem {
  const content = CONTENT_TAGS.map((name) => raw.fields.get(name)).find((html) => html !== undefined && html.trim() !== "");
  const item: FeedItem = { text: content === undefined ? "" : htmlToText(content, { fragment: true }).text };
  const id = firstField(raw, ["guid", "id"]);
  if (id) item.id = id;
  const title = firstField(raw, ["title"]);
  // Titles may carry escaped markup or entities; strip them like content.
  if (title) item.title = htmlToText(title, { fragment: true }).text.replace(/\n/g, " ");
  const rawDate = firstField(raw, DATE_TAGS);
  if (rawDate) {
    const date = normalizeDate(rawDate);
    if (date) item.date = date;
    else item.badDate = rawDate;
  }
  const link = linkOf(raw.links);
  if (link) item.link = link;
  return item;
}

/**
 * A SAX handler that collects items into `ready`. A field's value is its text (escaped or
 * CDATA HTML stays HTML to strip), or, when it has child elements (Atom type="xhtml"
 * content), its markup re-serialized so htmlToText sees the block structure.
 */
function itemCollector(ready: FeedItem[]): ConstructorParameters<typeof Parser>[0] {
  let depth = 0;
  let item: RawItem | undefined;
  let itemDepth = 0;
  let field: { name: string; text: string; markup: string; nested: boolean; link?: Link } | undefined;
  return {
    onopentag(name, attribs) {
      depth++;
      const lname = name.toLowerCase();
      if (!item) {
        if (lname === "item" || lname === "entry") {
          item = { fields: new Map(), links: [] };
          itemDepth = depth;
        }
      } else if (depth === itemDepth + 1) {
        field = { name: lname, text: "", markup: "", nested: false };
        if (lname === "link") field.link = { text: "", ...(attribs.href ? { href: attribs.href } : {}), ...(attribs.rel ? { rel: attribs.rel } : {}) };
      } else if (field) {
        // Markup is built only once a field turns out to hold elements: most hold text.
        if (!field.nested) field.markup = escapeXml(field.text);
        field.nested = true;
        const attrs = Object.entries(attribs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join("");
        field.markup += `<${name}${attrs}>`;
      }
    },
    ontext(text) {
      if (!field) return;
      field.text += text;
      if (field.nested) field.markup += escapeXml(text);
    },
    onclosetag(name) {
      if (item && field && depth === itemDepth + 1) {
        if (field.link) item.links.push({ ...field.link, text: field.text });
        else if (!item.fields.has(field.name)) item.fields.set(field.name, field.nested ? field.markup : field.text);
        field = undefined;
      } else if (field && depth > itemDepth + 1) {
        field.markup += `</${name}>`;
      } else if (item && depth === itemDepth) {
        ready.push(toFeedItem(item));
        item = undefined;
      }
      depth--;
    },
  };
}

/**
 * Parses a feed's items (<item> for RSS, <entry> for Atom) from chunks of its text, yielding
 * each as soon as it closes, so a feed of any size is read with one item in memory.
 */
export async function* parseFeed(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<FeedItem> {
  const ready: FeedItem[] = [];
  const parser = new Parser(itemCollector(ready), { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
  for await (const chunk of chunks) {
    parser.write(chunk);
    yield* ready.splice(0);
  }
  parser.end();
  yield* ready.splice(0);
}
