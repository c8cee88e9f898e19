/**
 * Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: title, date, link and the
 * HTML of their content, in document order.
 */
import { DomUtils, parseDocument } from "htmlparser2";
import { htmlToText } from "./html-to-text.js";
import { normalizeDate } from "./normalize-date.js";

type XmlElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

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

/** Direct children of `el` whose tag is `name`, ignoring case (XML mode keeps the case). */
function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => DomUtils.isTag(c) && c.name.toLowerCase() === name);
}

function childText(el: XmlElement, names: string[]): string | undefined {
  for (const name of names) {
    const c = child(el, name);
    const text = c ? DomUtils.textContent(c).trim() : "";
    if (text) return text;
  }
  return undefined;
}

/** Atom links are <link rel="alternate" href>; RSS links are the element's text. */
function linkOf(item: XmlElement): string | undefined {
  const links = item.children.filter((c): c is XmlElement => DomUtils.isTag(c) && c.name.toLowerCase() === "link");
  for (const link of links) {
    const rel = link.attribs.rel ?? "alternate";
    if (link.attribs.href && rel === "alternate") return link.attribs.href.trim();
  }
  const text = links.map((l) => DomUtils.textContent(l).trim()).find((t) => t !== "");
  return text ?? links.find((l) => l.attribs.href)?.attribs.href?.trim();
}

/**
 * Content as HTML: escaped or CDATA HTML is the element's text; Atom type="xhtml" content
 * is child elements, serialized back so htmlToText sees the block structure.
 */
function contentHtml(item: XmlElement): string {
  for (const name of CONTENT_TAGS) {
    const c = child(item, name);
    if (!c) continue;
    const html = c.children.some((n) => DomUtils.isTag(n)) ? DomUtils.getInnerHTML(c, { xmlMode: true }) : DomUtils.textContent(c);
    if (html.trim()) return html;
  }
  return "";
}

/** Parses a feed's items (<item> for RSS, <entry> for Atom); an empty list when it has none. */
export function parseFeed(xml: string): FeedItem[] {
  const dom = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const items = DomUtils.findAll((el) => {
    const name = el.name.toLowerCase();
    return name === "item" || name === "entry";
  }, dom.children);
  return items.map((item) => {
    const result: FeedItem = { text: htmlToText(contentHtml(item), { fragment: true }).text };
    const id = childText(item, ["guid", "id"]);
    if (id) result.id = id;
    const title = childText(item, ["title"]);
    // Titles may carry escaped markup or entities; strip them like content.
    if (title) result.title = htmlToText(title, { fragment: true }).text.replace(/\n/g, " ");
    const rawDate = childText(item, DATE_TAGS);
    if (rawDate) {
      const date = normalizeDate(rawDate);
      if (date) result.date = date;
      else result.badDate = rawDate;
    }
    const link = linkOf(item);
    if (link) result.link = link;
    return result;
  });
}
