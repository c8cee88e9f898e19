import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/ingest/html-to-text.js";

describe("htmlToText", () => {
  it("reads only the <article> when the page has one, and drops nav and footer", () => {
    const html = `<html><head><title>县长督导安全生产_地方新闻_某网</title></head><body>
      <nav><a>首页</a><a>要闻</a></nav><div>广告位招租</div>
      <article><h1>县长督导安全生产</h1><p>近日，县长带队督导检查安全生产工作。</p><footer>责任编辑：某某</footer></article>
      <div class="related"><p>相关新闻</p></div></body></html>`;
    expect(htmlToText(html)).toEqual({ title: "县长督导安全生产", text: "近日，县长带队督导检查安全生产工作。" });
  });

  it("prefers the <h1> that starts the <title> over a logo <h1>", () => {
    const html = `<title>市委召开全会--时政--某某网</title><h1>某某网</h1><div>导航</div><h1>市委召开全会</h1><p>会议由市委书记主持。</p>`;
    expect(htmlToText(html)).toEqual({ title: "市委召开全会", text: "会议由市委书记主持。" });
  });

  it("keeps sentences that come before the headline", () => {
    const html = `<p>本报讯 这是一段在标题之前的正文，它以句号结束。</p><h1>标题</h1><p>后文。</p>`;
    expect(htmlToText(html)).toEqual({ title: "标题", text: "本报讯 这是一段在标题之前的正文，它以句号结束。\n后文。" });
  });

  it("takes the headline from <title> without the site name when there is no <h1>", () => {
    expect(htmlToText("<title>乡镇开展环境整治 - 某某新闻网</title><p>正文。</p>")).toEqual({ title: "乡镇开展环境整治", text: "正文。" });
  });

  it.each([
    ['<meta property="article:published_time" content="2020-08-22T08:00:00+08:00">', "2020-08-22"],
    ['<meta name="PubDate" content="2011/6/15">', "2011-06-15"],
    ['<time datetime="2021-03-05">3月5日</time>', "2021-03-05"],
  ])("reads the date from %s", (tag, date) => {
    expect(htmlToText(`<html><head>${tag}</head><body><p>正文。</p></body></html>`).date).toBe(date);
  });

  it("keeps <pre> lines, joins CJK across source line breaks, keeps spaces between Latin words", () => {
    const html = "<p>乡村振兴\n  战略 and\nrural revitalisation</p><pre>第一行\n第二行</pre>";
    expect(htmlToText(html, { fragment: true }).text).toBe("乡村振兴战略 and rural revitalisation\n第一行\n第二行");
  });
});
