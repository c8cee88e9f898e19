import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect } from "./collect.js";
import { readSources } from "../../src/ingest/read-sources.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/ingest/", import.meta.url));
const fixture = (name: string): string => join(FIXTURES, name);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "zhkg-ingest-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("readSources: plain text and encodings", () => {
  it("reads UTF-8 text as one document whose source is the path", async () => {
    const { documents, diagnostics } = await collect([fixture("utf8.txt")]);
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.source).toBe(fixture("utf8.txt"));
    expect(documents[0]!.id).toMatch(/fixtures\/ingest\/utf8$/);
    expect(documents[0]!.text).toBe("本报讯 昨日上午，全市乡村振兴工作推进会召开。\n会议强调，要扎实推进农村人居环境整治。\n");
  });

  it("drops a UTF-8 BOM and turns CRLF into LF", async () => {
    const { documents } = await collect([fixture("utf8-bom.txt")]);
    expect(documents[0]!.text).toBe("县政府召开常务会议，研究部署安全生产工作。\n会议由县长主持。\n");
  });

  it("decodes GB18030 text", async () => {
    const { documents, diagnostics } = await collect([fixture("gb18030.txt")]);
    expect(diagnostics).toEqual([]);
    expect(documents[0]!.text).toContain("省委书记在调研时强调");
    expect(documents[0]!.text).toContain("３万余人");
  });

  it("decodes GBK bytes written now, and UTF-16 with a BOM", async () => {
    const text = "区长主持召开区政府常务会议，研究部署重点工作。";
    await writeFile(join(tmp, "gbk.txt"), iconv.encode(text, "gbk"));
    await writeFile(join(tmp, "utf16le.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]));
    await writeFile(join(tmp, "utf16be.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]));
    const { documents, diagnostics } = await collect(["gbk.txt", "utf16le.txt", "utf16be.txt"].map((n) => join(tmp, n)));
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.text)).toEqual([text, text, text]);
  });

  it("reads UTF-8 cut in the middle of a character, with a warning", async () => {
    const bytes = Buffer.from("本报讯 市长主持召开常务会议，研究部署重点工作。", "utf8");
    await writeFile(join(tmp, "cut.txt"), bytes.subarray(0, bytes.length - 1));
    const { documents, diagnostics } = await collect([join(tmp, "cut.txt")]);
    expect(documents[0]!.text).toBe("本报讯 市长主持召开常务会议，研究部署重点工作\ufffd");
    expect(diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([["warning", "ingest/encoding"]]);
  });

  it("uses a CJK charset that HTML or XML declares (Big5 would otherwise pass for GB18030)", async () => {
    const body = "縣長主持會議，部署防汛工作。";
    await writeFile(join(tmp, "big5.html"), iconv.encode(`<html><head><meta charset="big5"></head><body><p>${body}</p></body></html>`, "big5"));
    await writeFile(join(tmp, "gbk.rss"), iconv.encode(`<?xml version="1.0" encoding="GBK"?><rss><channel><item><description>${body}</description></item></channel></rss>`, "gbk"));
    const { documents, diagnostics } = await collect([join(tmp, "big5.html"), join(tmp, "gbk.rss")]);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.text)).toEqual([body, body]);
  });

  it("reports a binary file by name and goes on with the next input", async () => {
    const { documents, diagnostics } = await collect([fixture("binary.bin"), fixture("utf8.txt")]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "error", ruleId: "ingest/encoding", source: fixture("binary.bin") });
    expect(diagnostics[0]!.reason).toContain("binary.bin");
    expect(diagnostics[0]!.reason).toContain("not text (binary or unknown encoding");
    expect(documents).toHaveLength(1);
  });

  it("reports Latin-1 bytes that are not Chinese as an unknown encoding", async () => {
    await writeFile(join(tmp, "latin1.txt"), iconv.encode("Café crème, déjà vu. Ça va très bien, naïve façade.", "latin1"));
    const { documents, diagnostics } = await collect([join(tmp, "latin1.txt")]);
    expect(documents).toEqual([]);
    expect(diagnostics[0]!.ruleId).toBe("ingest/encoding");
  });

  it("reports a missing path and an empty file, and reads the rest", async () => {
    await writeFile(join(tmp, "empty.txt"), "  \n");
    const missing = join(tmp, "no-such-file.txt");
    const { documents, diagnostics } = await collect([missing, join(tmp, "empty.txt"), fixture("utf8.txt")]);
    expect(diagnostics.map((d) => [d.ruleId, d.source])).toEqual([
      ["ingest/not-found", missing],
      ["ingest/empty", join(tmp, "empty.txt")],
    ]);
    expect(diagnostics[0]!.reason).toContain(missing);
    expect(documents).toHaveLength(1);
  });

  it("refuses a plain file over the size limit and says to use JSON Lines", async () => {
    const { documents, diagnostics } = await collect([fixture("utf8.txt")], { maxFileBytes: 16 });
    expect(documents).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ ruleId: "ingest/too-large", source: fixture("utf8.txt") });
    expect(diagnostics[0]!.reason).toContain("JSON Lines");
  });
});

describe("readSources: directories", () => {
  it("walks a tree recursively in sorted order, skipping hidden entries and other formats", async () => {
    const { documents, diagnostics } = await collect([fixture("tree")]);
    expect(documents.map((d) => d.source)).toEqual([fixture("tree/a.txt"), fixture("tree/sub/b.txt"), fixture("tree/sub/c.txt")]);
    expect(diagnostics.map((d) => [d.severity, d.ruleId, d.source])).toEqual([["warning", "ingest/skipped", fixture("tree/README.md")]]);
  });

  it("reads a file of another format when it is named", async () => {
    const { documents, diagnostics } = await collect([fixture("tree/README.md")]);
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(1);
  });

  it("stops at a directory link that loops back", async () => {
    const dir = join(tmp, "loop");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    await writeFile(join(dir, "a.txt"), "文本");
    await symlink(dir, join(dir, "self"));
    const { documents, diagnostics } = await collect([dir]);
    expect(documents).toHaveLength(1);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["ingest/symlink-loop"]);
  });
});

describe("readSources: JSON Lines", () => {
  it("yields the good rows around a bad line and names the file and line", async () => {
    const file = fixture("bad-line.jsonl");
    const { documents, diagnostics } = await collect([file]);
    expect(documents.map((d) => [d.id, d.line])).toEqual([
      ["pd:12", 1],
      [`${file}#2`, 2],
      ["4", 5],
      ["bad-date", 7],
    ]);
    expect(documents[0]).toMatchObject({ title: "第一条", date: "2022-12-08", source: file, text: "市委常委会召开会议。" });
    expect(documents[1]).toMatchObject({ date: "2022-12-09", source: "https://example.com/news/2.html" });
    expect(documents[2]!.date).toBe("2022-12-10");
    expect(documents[3]!.date).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.ruleId, d.line])).toEqual([
      ["error", "ingest/jsonl-syntax", 3],
      ["error", "ingest/jsonl-row", 6],
      ["warning", "ingest/date", 7],
    ]);
    for (const d of diagnostics) expect(d.source).toBe(file);
    // The reason starts with the source, as the CLI's formatter expects, and names the line.
    expect(diagnostics[0]!.reason.startsWith(`${file}: line 3: not valid JSON`)).toBe(true);
  });

  it("reports a pretty-printed JSON document once, not once per line", async () => {
    const file = join(tmp, "array.json");
    await writeFile(file, JSON.stringify([{ text: "甲" }, { text: "乙" }], null, 2));
    const { documents, diagnostics } = await collect([file]);
    expect(documents).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([["ingest/jsonl-syntax", 1]]);
  });

  it.each(["utf8", "gb18030"])("reads a first row longer than the encoding sniff (%s) without a warning", async (encoding) => {
    const file = join(tmp, `long-${encoding}.jsonl`);
    const text = "市长主持会议，部署工作。".repeat(8000);
    await writeFile(file, iconv.encode(`${JSON.stringify({ id: "long", text })}\n{"text":"短"}\n`, encoding));
    const { documents, diagnostics } = await collect([file]);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.text)).toEqual([text, "短"]);
  });

  it("reads GB18030 JSON Lines", async () => {
    const file = join(tmp, "gb.jsonl");
    await writeFile(file, iconv.encode('{"id":"a","text":"市长主持会议。"}\n{"id":"b","text":"县委书记讲话。"}\n', "gb18030"));
    const { documents, diagnostics } = await collect([file]);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.text)).toEqual(["市长主持会议。", "县委书记讲话。"]);
  });
});

describe("readSources: HTML and feeds", () => {
  it("strips HTML to one line per block, the headline and menu lines apart", async () => {
    const { documents, diagnostics } = await collect([fixture("page.html")]);
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(1);
    const doc = documents[0]!;
    expect(doc.title).toBe("市政协召开民主监督座谈会");
    expect(doc.date).toBe("2021-06-15");
    expect(doc.text).toBe(
      [
        "6月15日，市政协召开座谈会。 市政协副主席出席会议并讲话。",
        "会议指出，要做到“公开透明”&规范高效。",
        "第一行",
        "第二行",
      ].join("\n"),
    );
    expect(doc.text).not.toContain("color");
    expect(doc.text).not.toContain("不是正文");
  });

  it("reads one document per RSS item with link, title and date", async () => {
    const file = fixture("feed.rss");
    const { documents, diagnostics } = await collect([file]);
    expect(diagnostics).toEqual([]);
    expect(documents).toEqual([
      {
        id: "https://example.com/politics/2020/0822/a1.html",
        source: "https://example.com/politics/2020/0822/a1.html",
        title: "国务院常务会议部署稳就业工作",
        date: "2020-08-22",
        text: "国务院总理主持召开国务院常务会议。\n会议部署进一步做好稳就业工作。",
      },
      {
        id: "news-2020-0824-a2",
        source: "https://example.com/politics/2020/0824/a2.html",
        title: "外交部长将出访欧洲五国",
        date: "2020-08-24",
        text: "外交部发言人宣布，外交部长将于近日访问欧洲五国。",
      },
    ]);
  });

  it("reads Atom entries with xhtml content", async () => {
    const { documents } = await collect([fixture("atom.xml")]);
    expect(documents).toEqual([
      {
        id: "tag:example.org,2021:1",
        source: "https://example.org/local/1",
        title: "县委理论学习中心组举行集体学习",
        date: "2021-03-05",
        text: "县委理论学习中心组举行集体学习。\n县委书记主持并讲话。",
      },
    ]);
  });

  it("sniffs a feed in a file without a feed extension", async () => {
    const file = join(tmp, "feed-download");
    await writeFile(file, '<rss><channel><item><title>标题</title><description>正文内容。</description></item></channel></rss>');
    const { documents } = await collect([file]);
    expect(documents).toMatchObject([{ title: "标题", text: "正文内容。", source: `${file}#1` }]);
  });
});

describe("readSources: abort", () => {
  it("stops with the signal's reason", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    const run = async (): Promise<number> => {
      let n = 0;
      for await (const _ of readSources([fixture("tree")], { signal: controller.signal })) {
        n++;
        controller.abort(reason);
      }
      return n;
    };
    await expect(run()).rejects.toBe(reason);
  });
});
