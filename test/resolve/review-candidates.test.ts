import { describe, expect, it } from "vitest";
import { applyDelta } from "../../src/graph/apply-delta.js";
import { createStoreGraph } from "../../src/graph/store-graph.js";
import { resolveRecords } from "../../src/resolve/resolve-records.js";
import { reviewCandidates } from "../../src/resolve/review-candidates.js";
import { makeRecord } from "./make-records.js";

const record = makeRecord({
  id: "r1",
  date: "2023-04-01",
  title: "座谈会",
  text: "王某某在苏溪镇主持座谈会。会长李某某出席。会议在科创园举行。县财政局参加。",
  persons: [
    { name: "王某某", titles: [] },
    { name: "李某某", titles: ["会长"] },
  ],
  places: ["苏溪镇", "科创园"],
  orgs: ["县财政局"],
  events: [{ name: "座谈会", date: null, attendees: [["王某某", "presided"]] }],
});

describe("reviewCandidates", () => {
  const graph = createStoreGraph();
  applyDelta(graph, resolveRecords([record]));
  const items = reviewCandidates(graph);
  const byName = new Map(items.map((i) => [i.name, i]));

  it("lists people no title placed, with their titles and sentences", () => {
    expect(byName.get("王某某")).toMatchObject({ kind: "person-unplaced", detail: "titles: none" });
    expect(byName.get("李某某")).toMatchObject({ kind: "person-unplaced", detail: "titles: 会长" });
    expect(byName.get("李某某")!.sentences).toEqual([{ article: "r1", text: "会长李某某出席。" }]);
  });

  it("lists ambiguous places with their candidates and unknown ones", () => {
    expect(byName.get("苏溪镇")).toMatchObject({ kind: "place-ambiguous", detail: "candidates: 浙江省金华市义乌市苏溪镇、江西省吉安市泰和县苏溪镇" });
    expect(byName.get("科创园")!.kind).toBe("place-unknown");
  });

  it("lists bodies named by a bare level nothing placed", () => {
    expect(byName.get("县财政局")!.kind).toBe("organization-unplaced");
  });

  it("lists undated events", () => {
    expect(byName.get("座谈会")!.kind).toBe("event-undated");
  });

  it("lists nothing a rule settled", () => {
    const settled = createStoreGraph();
    const kept = record.entities.filter((e) => e.name === "苏溪镇" || e.name === "县财政局");
    applyDelta(settled, resolveRecords([{ ...record, entities: kept }], { home: "浦江县" }));
    expect(reviewCandidates(settled)).toEqual([]);
  });
});
