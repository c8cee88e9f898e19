import graphology from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { writeGexf } from "../../src/export/write-gexf.js";
import { writeGraphml } from "../../src/export/write-graphml.js";
import { writeJson } from "../../src/export/write-json.js";
import { neo4jCsvFiles } from "../../src/export/write-neo4j-csv.js";
import type { ZhkgGraph } from "../../src/graph/store-graph.js";
import type { PropValue } from "../../src/types.js";
import { fixtureGraph } from "./fixture-graph.js";
import { expectGolden } from "./golden.js";

const graph = fixtureGraph();

/**
 * Attributes as the XML formats carry them: nulls and "" dropped, the schema label as `type`;
 * GEXF drops empty lists, GraphML keeps lists as JSON text.
 */
function expected(g: ZhkgGraph, arraysAsJson: boolean) {
  const clean = (attrs: Record<string, PropValue>) =>
    Object.fromEntries(
      Object.entries(attrs)
        .filter(([, v]) => v !== null && v !== "" && !(Array.isArray(v) && v.length === 0 && !arraysAsJson))
        .map(([k, v]) => [k, Array.isArray(v) && arraysAsJson ? JSON.stringify(v) : v]),
    );
  return {
    nodes: Object.fromEntries(g.mapNodes((id, { label, ...rest }) => [id, clean({ type: label, ...rest })])),
    edges: Object.fromEntries(g.mapEdges((id, a, s, t) => [id, { s, t, ...clean(a) }])),
  };
}

function parsed(g: graphology.MultiDirectedGraph) {
  const clean = (attrs: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(attrs).filter(([k, v]) => k !== "label" && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)));
  return {
    nodes: Object.fromEntries(g.mapNodes((id, a) => [id, clean(a)])),
    edges: Object.fromEntries(g.mapEdges((id, a, s, t) => [id, { s, t, ...clean(a) }])),
  };
}

/**
 * libxml2's strict parser (xmllint) on the document. The GEXF 1.3 and GraphML XSDs are not on
 * this machine (no network), so this checks well-formedness; the parse-back tests check content.
 */
async function expectWellFormed(text: string): Promise<void> {
  const result = await validateXML({ xml: { fileName: "export.xml", contents: text }, normalization: "format" });
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

describe("GEXF", () => {
  const text = writeGexf(graph);
  it("is well-formed XML", () => expectWellFormed(text));
  it("parses back into the same nodes, edges and attributes", () => {
    const back = gexf.parse(graphology.MultiDirectedGraph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(parsed(back)).toEqual(expected(graph, false));
  });
  it("matches its golden file", () => expectGolden(text, "fixture.golden.gexf"));
});

describe("GraphML", () => {
  const text = writeGraphml(graph);
  it("is well-formed XML", () => expectWellFormed(text));
  it("parses back into the same nodes, edges and attributes (lists as JSON text)", () => {
    const back = graphml.parse(graphology.MultiDirectedGraph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(parsed(back)).toEqual(expected(graph, true));
  });
  it("escapes XML in values", () => {
    const g = fixtureGraph();
    g.setNodeAttribute("Article:t1", "title", `a<b & "c" 'd'`);
    const back = graphml.parse(graphology.MultiDirectedGraph, writeGraphml(g));
    expect(back.getNodeAttribute("Article:t1", "title")).toBe(`a<b & "c" 'd'`);
  });
  it("matches its golden file", () => expectGolden(text, "fixture.golden.graphml"));
});

describe("graphology JSON", () => {
  it("imports back whole", () => {
    const back = new graphology.MultiDirectedGraph();
    back.import(JSON.parse(writeJson(graph)));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getAttribute("schema")).toBe("zhkg/1");
  });
  it("matches its golden file", () => expectGolden(writeJson(graph), "fixture.golden.json"));
});

describe("neo4j-admin CSV", () => {
  const files = neo4jCsvFiles(graph);
  const byName = new Map(files.map((f) => [f.name, f.content]));
  const headerOf = (name: string) => byName.get(name)!.split("\n")[0];

  it("has one nodes file per label with ID space and :LABEL", () => {
    expect(headerOf("nodes-Person.csv")).toBe("key:ID(Person),jurisdiction,name,reporter:boolean,titles:string[],:LABEL");
    expect(headerOf("nodes-Article.csv")).toBe("id:ID(Article),date,source,textHash,title,:LABEL");
    expect(headerOf("nodes-Figure.csv")).toBe("key:ID(Figure),approx:boolean,name,text,unit,value:long,:LABEL");
    expect(headerOf("nodes-Event.csv")).toBe("key:ID(Event),date,edition:long,kind,name,:LABEL");
  });

  it("has one relationships file per type and label pair", () => {
    expect(headerOf("rels-ATTENDED-Person-Event.csv")).toBe(
      ":START_ID(Person),:END_ID(Event),:TYPE,article,evidence,evidenceEnd:long,evidenceStart:long,key,order:long,role",
    );
    expect(byName.has("rels-HOLDS_POSITION-Person-Organization.csv")).toBe(true);
    expect(byName.has("rels-HOLDS_POSITION-Person-Place.csv")).toBe(true);
  });

  it("writes every node and relationship once", () => {
    const rows = (prefix: string) => files.filter((f) => f.name.startsWith(prefix)).reduce((n, f) => n + f.content.trim().split("\n").length - 1, 0);
    expect(rows("nodes-")).toBe(graph.order);
    expect(rows("rels-")).toBe(graph.size);
  });

  it("joins arrays with ; and leaves nulls empty", () => {
    const sun = byName.get("nodes-Person.csv")!.split("\n").find((l) => l.includes("孙志明"))!;
    expect(sun).toBe(`"person:孙志明@金华市","金华市","孙志明",,"金华市委副书记;市长",Person`);
  });

  it("names every file in the import command", () => {
    const command = byName.get("import-command.txt")!;
    for (const f of files) if (f.name.endsWith(".csv")) expect(command).toContain(f.name);
  });

  it("matches its golden file", () => expectGolden(files.map((f) => `=== ${f.name}\n${f.content}`).join(""), "fixture.golden.csv.txt"));
});

/** RFC 4180 fields of one CSV text (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
      wasQuoted = true;
    } else if (c === "," || c === "\n") {
      // An unquoted empty field is a missing property; a quoted one is an empty string.
      row.push(wasQuoted ? field : field === "" ? "\u0000null" : field);
      field = "";
      wasQuoted = false;
      if (c === "\n") {
        rows.push(row);
        row = [];
      }
    } else field += c;
  }
  return rows;
}

describe("neo4j-admin CSV content", () => {
  it("reads back to the graph's properties, typed by the header", () => {
    for (const file of neo4jCsvFiles(graph).filter((f) => f.name.startsWith("nodes-"))) {
      const [header, ...rows] = parseCsv(file.content);
      for (const row of rows) {
        const label = row[row.length - 1]!;
        const id = `${label}:${row[0]}`;
        const attrs = graph.getNodeAttributes(id);
        header!.slice(1, -1).forEach((column, i) => {
          const [name, type = "string"] = column.split(":");
          const cell = row[i + 1]!;
          const want = attrs[name!];
          if (cell === "\u0000null") return expect(want === null || want === undefined || (Array.isArray(want) && want.length === 0)).toBe(true);
          const got = type.endsWith("[]") ? (cell === "" ? [] : cell.split(";")) : type === "long" || type === "double" ? Number(cell) : type === "boolean" ? cell === "true" : cell;
          expect(got).toEqual(want);
        });
      }
    }
  });
});
