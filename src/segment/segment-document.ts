// Cuts a Document into Articles: a newspaper page into its stories (at bylines and leads,
// with the headlines printed after each body and the page references dropped), any other
// text into one article; rejoins the lines of each body.

import type { Article, Diagnostic, Document } from "../types.js";
import { codePointLength } from "./code-point-length.js";
import { endsSentence } from "./ends-sentence.js";
import { findArticleStarts } from "./find-article-starts.js";
import type { ArticleStart } from "./find-article-starts.js";
import { findPublicationDate, toIsoDate } from "./find-publication-date.js";
import { findTrailingTitles, groupTitleLines } from "./find-trailing-titles.js";
import { isHardWrapped } from "./is-hard-wrapped.js";
import type { Byline } from "./parse-byline.js";
import { parseLead } from "./parse-lead.js";
import { splitNotices } from "./split-notices.js";
import { stripPageReferences } from "./strip-page-references.js";
import { mergeBylines, takeBylines } from "./take-bylines.js";
import { unwrapLines } from "./unwrap-lines.js";

export interface SegmentOptions {
  /** Publication date (YYYY-MM-DD) that overrides the document's and the text's. */
  date?: string;
}

export interface SegmentResult {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** One article before its body is cleaned. */
interface Draft {
  title: string | null;
  subtitle: string | null;
  byline: Byline | null;
  lines: string[];
}

/** Headlines longer than this are paragraphs. */
const MAX_HEADLINE_LENGTH = 80;
/** A lead is looked for only among the first lines of an article. */
const HEAD_LINES = 8;
const NO_TITLE = /^[（(【[]?无标题[)）】\]]?$/u;
/** `2022-12-08`, also `2022/12/8` and with a time after it, as metadata writes dates. */
const GIVEN_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/u;

/**
 * Splits `doc` into articles. A page (two or more bylines or `本报讯` leads, or one at
 * the very top) is cut at each and before an unsigned notice (`…任免名单`) under a story;
 * its headlines are the short lines after each body (or, when the page opens with headline
 * lines, the lines before each byline), and page references (`>>>2版`) are dropped. Other
 * text is one article whose title is `doc.title`, else a first line standing alone
 * (`（无标题）` means none). Each article's `reporters` holds every bylined name (记者 and
 * 通讯员), `correspondents` the non-记者 ones. A bare `本报讯` moves from the text to
 * `dateline`; a lead naming a place or another outlet (`本报义乌讯`, `新华社北京2月14日电`) is
 * copied there and kept in the text. The date is `options.date`, else `doc.date`, else one
 * printed in the page header, else one in the file name of `doc.source`
 * (`yiwu-2022-12-08-page1.txt`). Never throws on any text; problems come back as diagnostics.
 */
export function segmentDocument(doc: Document, options: SegmentOptions = {}): SegmentResult {
  const diagnostics: Diagnostic[] = [];
  const text = typeof doc.text === "string" ? doc.text.replace(/^\uFEFF/u, "") : "";
  const lines = text.split(/\r\n|\r|\n/u).map((line) => line.trim());
  const warn = (ruleId: string, reason: string): void => {
    diagnostics.push({ severity: "warning", ruleId, reason, source: doc.source, ...lineOf(doc) });
  };
  if (lines.every((line) => line === "")) {
    warn("segment/empty", `document ${doc.id} has no text; check that the input is not empty`);
    return { articles: [], diagnostics };
  }
  const date = publicationDate(doc, options, text, warn);
  const wrapped = isHardWrapped(lines);
  const starts = findArticleStarts(lines);
  const drafts = isPage(lines, starts, doc) ? draftPage(lines, starts) : [draftSingle(lines, doc.title)];
  const finished = drafts.map((draft) => finish(draft, wrapped));
  const kept = finished.filter((article, i) => {
    const empty = article.text === "" && article.title === null;
    if (empty) warn("segment/empty-article", `article ${i + 1} of ${doc.id} has neither text nor title; it was skipped`);
    return !empty;
  });
  const articles = kept.map((article, i) => ({
    ...article,
    id: kept.length === 1 ? doc.id : `${doc.id}#${i + 1}`,
    source: doc.source,
    date,
  }));
  return { articles, diagnostics };
}

function lineOf(doc: Document): { line?: number } {
  return typeof doc.line === "number" ? { line: doc.line } : {};
}

function publicationDate(
  doc: Document,
  options: SegmentOptions,
  text: string,
  warn: (ruleId: string, reason: string) => void,
): string | null {
  for (const [given, where] of [
    [options.date, "the --date option"],
    [doc.date, "the input's metadata"],
  ] as const) {
    if (given === undefined) continue;
    const m = GIVEN_DATE.exec(given.trim());
    const iso = m ? toIsoDate(m[1], m[2], m[3]) : null;
    if (iso !== null) return iso;
    warn("segment/date", `date "${given}" from ${where} is not a YYYY-MM-DD calendar date; it was ignored`);
  }
  return findPublicationDate(text) ?? dateInFileName(doc.source);
}

/** A date in the input's file name (`yiwu-2022-12-08-page1.txt`), the last resort. */
function dateInFileName(source: string): string | null {
  const name = String(source).split(/[\\/]/u).pop() ?? "";
  const m = /(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/u.exec(name);
  return m ? toIsoDate(m[1], m[2], m[3]) : null;
}

/**
 * A page when it has several article starts, or one start with nothing but a page header
 * before it (a headline first line makes it a single article; so does a title from ingest).
 */
function isPage(lines: readonly string[], starts: readonly ArticleStart[], doc: Document): boolean {
  if (starts.length >= 2) return true;
  const first = starts[0];
  if (first === undefined || (doc.title !== undefined && doc.title.trim() !== "")) return false;
  return lines.slice(0, first.line).every((line) => line === "" || isPageHeader(line));
}

/** A header line of a page (`义乌商报 2022年12月8日 星期四 第1版`): not part of any article. */
function isPageHeader(line: string): boolean {
  if (line.length > 40) return false;
  return /\d{4}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天]|^第?[0-9一二三四五六七八九十]{1,3}版/u.test(line);
}

function draftPage(lines: readonly string[], starts: readonly ArticleStart[]): Draft[] {
  const preamble = stripPageReferences(lines.slice(0, starts[0]?.line ?? 0).map((l) => (isPageHeader(l) ? "" : l)));
  const drafts: Draft[] = [];
  // Text before the first byline that has sentences is a story of its own (continued from
  // another page); short lines only are the headline of the first story (headline-first layout).
  let leadingTitles: string[] = [];
  if (preamble.some((line) => line !== "" && endsSentence(line))) {
    drafts.push({ title: null, subtitle: null, byline: null, lines: preamble });
  } else leadingTitles = groupTitleLines(preamble);
  const leading = leadingTitles.length > 0;
  const segments = starts.flatMap((start, k) => {
    const end = starts[k + 1]?.line ?? lines.length;
    const body = lines.slice(start.byline ? start.line + 1 : start.line, end);
    const signed = takeBylines(stripPageReferences(body));
    const byline = mergeBylines(start.byline, signed.byline);
    // In a headline-first layout, what follows a story's lines heads the next one: nothing to split.
    if (leading) return [{ byline, ...findTrailingTitles(signed.lines) }];
    const { story, notices } = splitNotices(signed.lines);
    return [{ byline, ...findTrailingTitles(story) }, ...notices.map((n) => ({ byline: null, body: n.lines, titles: n.titles }))];
  });
  segments.forEach((segment, k) => {
    const titles = leading ? (k === 0 ? leadingTitles : (segments[k - 1]?.titles ?? [])) : segment.titles;
    // In a headline-first layout the last story's trailing lines head nothing: keep them.
    const body = leading && k === segments.length - 1 ? [...segment.body, "", ...segment.titles] : segment.body;
    drafts.push({ ...headline(titles), byline: segment.byline, lines: body });
  });
  return drafts;
}

function headline(titles: readonly string[]): { title: string | null; subtitle: string | null } {
  const subtitle = titles.slice(1).join(" ");
  return { title: titles[0] ?? null, subtitle: subtitle === "" ? null : subtitle };
}

function draftSingle(lines: readonly string[], docTitle: string | undefined): Draft {
  let rest = [...lines];
  let title: string | null = null;
  const first = rest.findIndex((line) => line !== "");
  if (docTitle !== undefined) {
    title = docTitle.trim();
  } else if (isHeadline(rest, first)) {
    title = rest[first] as string;
    rest = rest.slice(first + 1);
  }
  if (title !== null && (title === "" || NO_TITLE.test(title))) title = null;
  const signed = takeBylines(stripPageReferences(rest));
  return { title, subtitle: null, byline: signed.byline, lines: signed.lines };
}

/** A first line standing alone before the text, short and not a sentence. */
function isHeadline(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  if (line === undefined || line === "") return false;
  if (NO_TITLE.test(line)) return true;
  const more = lines.slice(i + 1).some((l) => l !== "");
  return more && lines[i + 1] === "" && codePointLength(line) <= MAX_HEADLINE_LENGTH && !endsSentence(line);
}

/** Takes the lead out of the draft's first lines and rejoins its body. */
function finish(draft: Draft, wrapped: boolean): Omit<Article, "id" | "source" | "date"> {
  const lines = [...draft.lines];
  let byline = draft.byline;
  let dateline: string | null = null;
  for (let i = 0, seen = 0; i < lines.length && seen < HEAD_LINES; i++) {
    if (lines[i] === "") continue;
    seen++;
    const lead = parseLead(lines[i] as string);
    if (lead === null) continue;
    dateline = lead.dateline;
    lines[i] = lead.rest;
    byline = mergeBylines(byline, lead.byline);
    break;
  }
  return {
    title: draft.title,
    subtitle: draft.subtitle,
    reporters: byline?.reporters ?? [],
    correspondents: byline?.correspondents ?? [],
    dateline,
    text: unwrapLines(lines, wrapped),
  };
}
