import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFeed, type FeedItem } from "../../src/ingest/parse-feed.js";

const fixture = (name: string): Promise<string> => readFile(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");

async function items(chunks: Iterable<string>): Promise<FeedItem[]> {
  const out: FeedItem[] = [];
  for await (const item of parseFeed(chunks)) out.push(item);
  return out;
}

/** Cuts `text` at the given fractions of its length. */
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => Math.floor(p * text.length)))].sort((a, b) => a - b);
  return [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
}

describe("parseFeed", () => {
  it.each(["feed.rss", "atom.xml"])("gives the same items however %s is cut into chunks", async (name) => {
    const xml = await fixture(name);
    const whole = await items([xml]);
    expect(whole.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }), async (points) => {
        expect(await items(cut(xml, points))).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it("reads RSS 1.0 items, dc:date, and skips channel-level fields", async () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>频道</title><link>https://example.net/</link><description>频道说明</description></channel>
      <item><title>镇政府召开会议</title><link>https://example.net/1</link><dc:date>2019-05-06T09:00+08:00</dc:date>
      <description>镇政府召开&lt;b&gt;专题&lt;/b&gt;会议。</description></item></rdf:RDF>`;
    expect(await items([xml])).toEqual([
      { title: "镇政府召开会议", link: "https://example.net/1", date: "2019-05-06", text: "镇政府召开专题会议。" },
    ]);
  });

  it("prefers full content to the description and keeps a bad date for the caller", async () => {
    const xml = `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
      <description>摘要</description><content:encoded><![CDATA[<p>全文第一段。</p><p>全文第二段。</p>]]></content:encoded>
      <pubDate>昨天</pubDate></item></channel></rss>`;
    expect(await items([xml])).toEqual([{ text: "全文第一段。\n全文第二段。", badDate: "昨天" }]);
  });
});
