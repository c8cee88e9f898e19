import { describe, expect, it } from "vitest";
import { loadDivisionIndex } from "../../src/resolve/division-index.js";
import { resolveTitles } from "../../src/resolve/people.js";
import { canonicalOrganization } from "../../src/resolve/organizations.js";

const index = loadDivisionIndex();
const levels = { home: index.chain("330781"), article: [] }; // 兰溪市, a county-level city of 金华市, 浙江省

describe("resolveTitles", () => {
  it.each([
    [["金华市委书记"], ["金华市"]],
    [["副省长"], ["浙江省"]],
    [["市委书记"], ["兰溪市"]],
    [["我市副市长"], ["兰溪市"]],
    [["金华市委副书记", "市长"], ["金华市", "金华市"]],
    [["省政府原副省长", "十一届省政协副主席"], ["浙江省", "浙江省"]],
    [["民政部原副部长", "中华慈善总会会长"], ["全国", "全国"]],
    [["阜平县县长"], ["阜平县"]],
    [["总书记"], ["全国"]],
    [["北京市朝阳区委书记"], ["北京市朝阳区"]],
    [["某某集团董事长"], ["某某集团"]],
  ])("%j → %j", (titles, jurisdictions) => {
    expect(resolveTitles(titles, index, levels, []).map((t) => t.jurisdiction)).toEqual(jurisdictions);
  });

  it("marks former posts", () => {
    expect(resolveTitles(["省政府原副省长"], index, levels, [])[0]!.former).toBe(true);
  });

  it("has no jurisdiction for a bare title without a home or a place in the article", () => {
    expect(resolveTitles(["市委书记"], index, { home: [], article: [] }, [])[0]!.jurisdiction).toBeNull();
  });

  it("reads a bare level against the one place of the article at that level when there is no home", () => {
    const article = index.chain("450100"); // 南宁市, 广西壮族自治区
    expect(resolveTitles(["自治区信访局局长"], index, { home: [], article }, [])[0]!.jurisdiction).toBe("广西壮族自治区");
    const two = [...article, ...index.chain("450200")];
    expect(resolveTitles(["市委书记"], index, { home: [], article: two }, [])[0]!.jurisdiction).toBeNull();
  });
});

describe("canonicalOrganization", () => {
  const pick = (ds: { code: string }[]) => (ds.length === 1 ? (ds[0] as never) : null);
  it.each([
    ["市场监管局", "兰溪市市场监管局", "330781"],
    ["市委", "中共兰溪市委", "330781"],
    ["金华市委", "中共金华市委", "330700"],
    ["省慈善联合总会", "浙江省慈善联合总会", "330000"],
    ["民政部", "民政部", null],
    ["金华日报", "金华日报", "330700"],
    ["金华市政府", "金华市政府", "330700"],
    ["义乌公安局", "义乌市公安局", "330782"],
    ["北京市朝阳区委", "中共北京市朝阳区委", "110105"],
    ["阜平县县委", "中共阜平县委", "130624"],
  ])("%s → %s", (raw, name, code) => {
    const org = canonicalOrganization(raw, index, levels, pick);
    expect(org.name).toBe(name);
    expect(org.place?.code ?? null).toBe(code);
  });
});
