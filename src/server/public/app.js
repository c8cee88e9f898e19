// zhkg dashboard: hash-routed pages (search, person, event, article, other nodes) over the
// JSON API, with a sigma.js network view of a node's neighbourhood and exports of that view.
/* global graphology, Sigma */

const view = document.getElementById("view");
const COLORS = { Person: "#d9534f", Event: "#2f6fdf", Organization: "#3c9d5d", Place: "#9b59b6", Initiative: "#e69a21", Figure: "#7f8c8d", Article: "#555" };
const ROLE_NAMES = { presided: "主持 presided", spoke: "讲话 spoke", keynote: "主旨发言 keynote", attended: "出席 attended", inspected: "调研 inspected", accompanied: "陪同 accompanied", hosted: "主办 hosted", other: "other" };

// A bearer token given once as ?token=… is kept for the tab and sent with every API call.
const token = new URLSearchParams(location.search).get("token") ?? sessionStorage.getItem("zhkg-token");
if (token) sessionStorage.setItem("zhkg-token", token);
// Drop it from the address bar so it is not copied along with a link or kept in history.
if (new URLSearchParams(location.search).has("token")) history.replaceState(null, "", location.pathname + location.hash);

/** GET an API path; rejects with the server's error message. */
async function api(path) {
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text();
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body;
}

const query = (name, params) => api(`/api/query/${name}?${new URLSearchParams(clean(params))}`);
const clean = (params) => Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ""));

/** Builds a DOM element; strings become text nodes, so nothing from the graph is parsed as HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}

const nodeHref = (id, params = {}) => {
  const qs = new URLSearchParams(clean(params)).toString();
  return `#/node/${encodeURIComponent(id)}${qs ? `?${qs}` : ""}`;
};
const nodeLink = (id, text) => h("a", { href: nodeHref(id), "data-node": id }, text);
const labelTag = (label) => h("span", { class: "label", style: `background:${COLORS[label] ?? "#ccc"};color:#fff` }, label);

function table(columns, rows, cls) {
  if (rows.length === 0) return h("p", { class: "muted" }, "(none)");
  return h("table", { class: cls }, h("thead", {}, h("tr", {}, columns.map((c) => h("th", {}, c[0])))), h("tbody", {}, rows.map((r) => h("tr", {}, columns.map((c) => h("td", {}, c[1](r)))))));
}

function showError(err) {
  view.replaceChildren(h("p", { class: "error", role: "alert" }, String(err.message ?? err)));
}

// ---------------------------------------------------------------- routing

async function route() {
  // A renderer left on a detached container throws on the next resize: stop it before the page changes.
  window.zhkgNetwork?.renderer.kill();
  window.zhkgNetwork = undefined;
  const [path, qs] = location.hash.slice(1).split("?");
  const params = Object.fromEntries(new URLSearchParams(qs ?? ""));
  try {
    if (path?.startsWith("/node/")) await renderNode(decodeURIComponent(path.slice(6)), params);
    else if (path === "/search") await renderSearch(params.q ?? "", params.types ?? "");
    else await renderHome(params);
  } catch (err) {
    showError(err);
  }
}

async function renderHome(params) {
  const { queries } = await api("/api/queries");
  const select = h("select", { id: "query-name" }, queries.map((q) => h("option", { value: q.name, selected: q.name === params.query }, q.name)));
  const form = h("form", { id: "query-form", class: "filters" });
  const output = h("div", { id: "query-output" });
  const fill = () => {
    const q = queries.find((x) => x.name === select.value);
    form.replaceChildren(
      h("span", { class: "muted" }, q.description),
      ...q.params.map((p) => h("label", {}, `${p.name}${p.required ? "*" : ""} `, h("input", { name: p.name, type: p.kind === "date" ? "date" : "text", placeholder: String(p.default ?? q.example[p.name] ?? ""), value: params[p.name] ?? "" }))),
      h("button", { type: "submit" }, "Run"),
    );
  };
  select.addEventListener("change", fill);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    location.hash = `#/?${new URLSearchParams(clean({ query: select.value, ...values }))}`;
  });
  fill();
  view.replaceChildren(
    h("h1", {}, "zhkg"),
    h("p", {}, "Search for a person, event, organization, place or initiative above, or run a canned query:"),
    h("label", {}, "Query ", select),
    form,
    output,
  );
  if (!params.query) return document.getElementById("search").focus();
  const { query: name, ...args } = params;
  const result = await query(name, args);
  const def = queries.find((q) => q.name === name);
  const cell = (c, v) => (Array.isArray(v) ? v.join(def?.chainColumns.includes(c) ? " → " : "、") : v === null ? "" : String(v));
  output.replaceChildren(h("p", { class: "muted" }, `${result.rows.length} row(s)`), table((def?.display ?? result.columns).map((c) => [c, (r) => cell(c, r[c])]), result.rows, "query-result"));
}

document.getElementById("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = document.getElementById("search").value.trim();
  const types = document.getElementById("search-types").value;
  if (q) location.hash = `#/search?${new URLSearchParams(clean({ q, types }))}`;
});

async function renderSearch(q, types) {
  document.getElementById("search").value = q;
  const { results } = await api(`/api/search?${new URLSearchParams(clean({ q, types, limit: 50 }))}`);
  view.replaceChildren(
    h("h1", {}, `Results for “${q}”`),
    results.length === 0
      ? h("p", { class: "muted" }, "No matches.")
      : h("ul", { class: "results", id: "search-results" }, results.map((n) => h("li", {}, labelTag(n.label), nodeLink(n.id, n.name), " ", h("span", { class: "muted" }, hint(n))))),
  );
}

/** What tells same-named results apart: a person's titles, an event's date, else the key. */
function hint(n) {
  if (Array.isArray(n.props.titles) && n.props.titles.length) return n.props.titles.join("、");
  return n.props.date ?? n.key;
}

async function renderNode(id, params) {
  const detail = await api(`/api/node/${encodeURIComponent(id)}`);
  const label = detail.node.label;
  if (label === "Person") return renderPerson(detail, params);
  if (label === "Event") return renderEvent(detail, params);
  if (label === "Article") return renderArticle(detail, params);
  return renderOther(detail, params);
}

// ---------------------------------------------------------------- pages

function heading(node, ...extra) {
  return h("h1", {}, labelTag(node.label), h("span", { id: "page-title" }, node.name), " ", ...extra);
}

/** From/to dates and network depth, kept in the URL so a view can be shared and exported. */
function filterBar(id, params) {
  const from = h("input", { type: "date", id: "filter-from", value: params.from ?? "" });
  const to = h("input", { type: "date", id: "filter-to", value: params.to ?? "" });
  const depth = h("select", { id: "filter-depth" }, ["1", "2", "3"].map((d) => h("option", { value: d, selected: (params.depth ?? "1") === d }, d)));
  const apply = () => (location.hash = nodeHref(id, { from: from.value, to: to.value, depth: depth.value }));
  return h("div", { class: "filters" }, h("label", {}, "From ", from), h("label", {}, "To ", to), h("label", {}, "Network depth ", depth), h("button", { id: "filter-apply", onclick: apply }, "Apply"), h("button", { onclick: () => (location.hash = nodeHref(id)) }, "Clear"));
}

async function renderPerson(detail, params) {
  const { node } = detail;
  const range = { from: params.from, to: params.to };
  const [profile, events, co] = await Promise.all([
    query("person-profile", { person: node.key }),
    query("events-of-person", { person: node.key, ...range }),
    query("co-attendance", { person: node.key, ...range }),
  ]);
  const facet = (f) => profile.rows.filter((r) => r.facet === f);
  const list = (f) => {
    const rows = facet(f);
    return rows.length ? h("ul", {}, rows.map((r) => h("li", {}, nodeLink(idOf(f, r.targetKey), r.value)))) : h("p", { class: "muted" }, "(none)");
  };
  view.replaceChildren(
    heading(node, h("span", { class: "muted" }, node.key)),
    filterBar(node.id, params),
    h("h2", {}, "Titles over time"),
    table([["first seen", (r) => r.first ?? ""], ["last seen", (r) => r.last ?? ""], ["title", (r) => r.value], ["in", (r) => (r.targetKey ? nodeLink(idOf(null, r.targetKey), r.target) : "")], ["sources", (r) => r.articles.flatMap((a, i) => (i ? [" ", articleLink(a)] : [articleLink(a)]))]], groupTitles(facet("title")), "titles"),
    h("h2", {}, "Events"),
    table([["date", (r) => r.date ?? ""], ["event", (r) => nodeLink(`Event:${r.event}`, r.eventName)], ["role", (r) => h("span", { class: "role" }, ROLE_NAMES[r.role] ?? r.role)], ["place", (r) => r.places.join("、")], ["evidence", (r) => evidenceCell(r.evidence, r.article)]], events.rows, "events"),
    h("h2", {}, "Co-attendees"),
    table([["person", (r) => nodeLink(`Person:${r.other}`, r.name)], ["shared events", (r) => r.count], ["events", (r) => r.events.join("、")]], co.rows, "co-attendees"),
    h("h2", {}, "Organizations"), list("organization"),
    h("h2", {}, "Places"), list("place"),
    h("h2", {}, "Initiatives"), list("initiative"),
    ...networkSection(node.id, params),
  );
  await drawNetwork(node.id, params);
}

async function renderEvent(detail, params) {
  const { node } = detail;
  const { rows } = await query("attendees-of-event", { event: node.key });
  const ends = (type) => detail.edges.filter((e) => e.edge.type === type && e.direction === "out").map((e) => nodeLink(e.other.id, e.other.name));
  // A row merges a person's ATTENDED edges; each evidence sentence links to the article (and spot) of the edge it came from.
  const sources = new Map(detail.edges.filter((e) => e.edge.type === "ATTENDED").reverse().map((e) => [`${e.other.key}|${e.edge.props.evidence}`, e.edge.props]));
  const evidenceList = (r) => r.evidence.map((s) => h("div", {}, evidenceCell(s, sources.get(`${r.person}|${s}`)?.article, sources.get(`${r.person}|${s}`)?.evidenceStart)));
  const roleList = (r) => r.roles.flatMap((role, i) => [...(i ? ["、"] : []), h("span", { class: "role" }, ROLE_NAMES[role] ?? role)]);
  view.replaceChildren(
    heading(node),
    h("p", {}, h("b", {}, "Date: "), h("span", { id: "event-date" }, node.props.date ?? "unknown"), "  ", h("b", {}, "Kind: "), node.props.kind ?? "", "  ", h("b", {}, "Place: "), h("span", { id: "event-place" }, joinNodes(ends("HELD_IN"))), "  ", h("b", {}, "Organized by: "), joinNodes(ends("ORGANIZED_BY"))),
    h("h2", {}, `Attendees (${rows.length})`),
    table([["#", (r) => (typeof r.order === "number" ? r.order + 1 : "")], ["person", (r) => nodeLink(`Person:${r.person}`, r.name)], ["titles", (r) => r.titles.join("、")], ["roles", roleList], ["evidence", evidenceList]], rows, "attendees"),
    ...networkSection(node.id, params),
  );
  await drawNetwork(node.id, params);
}

async function renderArticle(detail, params) {
  const { node } = detail;
  const { items } = await api(`/api/evidence?article=${encodeURIComponent(node.key)}`);
  const source = String(node.props.source ?? "");
  const sentences = new Map();
  for (const item of items) {
    const key = `${item.props.evidenceStart}|${item.props.evidence}`;
    if (!item.props.evidence) continue;
    if (!sentences.has(key)) sentences.set(key, { start: item.props.evidenceStart, text: item.props.evidence, facts: [] });
    sentences.get(key).facts.push(item);
  }
  const fact = (f) => h("li", {}, nodeLink(f.source.id, f.source.name), ` —${f.type}${f.props.role ? `(${f.props.role})` : f.props.title ? `(${f.props.title})` : ""}→ `, nodeLink(f.target.id, f.target.name));
  view.replaceChildren(
    heading(node),
    h("p", {}, h("b", {}, "Date: "), node.props.date ?? "", "  ", h("b", {}, "Source: "), /^https?:/.test(source) ? h("a", { href: source, rel: "noreferrer" }, source) : source),
    h("h2", {}, "Sentences and the facts read from them"),
    ...[...sentences.values()].map((s) => h("div", { class: `sentence${String(s.start) === params.s ? " highlight" : ""}`, id: `s-${s.start}` }, h("div", {}, s.text), h("ul", {}, s.facts.map(fact)))),
  );
  document.querySelector(".sentence.highlight")?.scrollIntoView();
}

async function renderOther(detail, params) {
  const { node } = detail;
  view.replaceChildren(
    heading(node),
    table([["property", (r) => r[0]], ["value", (r) => (Array.isArray(r[1]) ? r[1].join("、") : String(r[1] ?? ""))]], Object.entries(node.props), "props"),
    h("h2", {}, "Relations"),
    table([["relation", (r) => `${r.direction === "out" ? "→" : "←"} ${r.edge.type}${r.edge.props.role ? ` (${r.edge.props.role})` : ""}`], ["node", (r) => [labelTag(r.other.label), nodeLink(r.other.id, r.other.name)]], ["evidence", (r) => evidenceCell(r.edge.props.evidence, r.edge.props.article, r.edge.props.evidenceStart)]], detail.edges, "relations"),
    ...networkSection(node.id, params),
  );
  await drawNetwork(node.id, params);
}

/** One row per (title, where) with the first and last dates it was seen and the articles saying so, earliest first. */
function groupTitles(rows) {
  const groups = new Map();
  for (const r of rows) {
    const key = `${r.value}|${r.targetKey}`;
    const g = groups.get(key) ?? { value: r.value, target: r.target, targetKey: r.targetKey, first: r.asOf, last: r.asOf, articles: [] };
    if (r.asOf && (!g.first || r.asOf < g.first)) g.first = r.asOf;
    if (r.asOf && (!g.last || r.asOf > g.last)) g.last = r.asOf;
    if (r.article && !g.articles.includes(r.article)) g.articles.push(r.article);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => String(a.first).localeCompare(String(b.first)));
}

const joinNodes = (links) => (links.length ? links.flatMap((l, i) => (i ? ["、", l] : [l])) : "unknown");
const articleLink = (article) => (article ? nodeLink(`Article:${article}`, "article") : "");
const idOf = (facet, key) => `${{ organization: "Organization", place: "Place", initiative: "Initiative" }[facet] ?? labelFromKey(key)}:${key}`;
const labelFromKey = (key) => ({ org: "Organization", place: "Place", person: "Person", event: "Event", initiative: "Initiative" })[String(key).split(":")[0]] ?? "Organization";

function evidenceCell(sentence, article, start) {
  if (!sentence) return "";
  return h("span", { class: "evidence" }, sentence, " ", article ? h("a", { href: nodeHref(`Article:${article}`, { s: start }), class: "evidence-link" }, "↗ article") : "");
}

// ---------------------------------------------------------------- network view and export

function networkSection(id, params) {
  const exportButton = (format, part, text) => h("button", { "data-export": `${format}${part ? `-${part}` : ""}`, onclick: () => download(id, params, format, part) }, text);
  return [
    h("h2", {}, "Network"),
    h("div", { class: "legend" }, Object.entries(COLORS).map(([l, c]) => h("span", {}, h("i", { style: `background:${c}` }), l))),
    h("div", { id: "network" }),
    h("p", { class: "muted", id: "network-status" }, "loading…"),
    h("div", { class: "exports" }, "Export this view: ", exportButton("gexf", null, "GEXF"), exportButton("graphml", null, "GraphML"), exportButton("csv", "edges", "CSV (edges)"), exportButton("csv", "nodes", "CSV (nodes)")),
  ];
}

const viewParams = (id, params) => new URLSearchParams(clean({ key: id, depth: params.depth ?? "1", from: params.from, to: params.to }));

async function download(id, params, format, part) {
  const qs = viewParams(id, params);
  qs.set("format", format);
  if (part) qs.set("part", part);
  const res = await fetch(`/api/export?${qs}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) return showError(new Error(`export failed: HTTP ${res.status}`));
  const a = h("a", { href: URL.createObjectURL(await res.blob()), download: `zhkg-view${part ? `-${part}` : ""}.${format}` });
  document.body.append(a);
  a.click();
  a.remove();
}

/** Draws the neighbourhood with sigma: the centre in the middle, each hop on a wider ring. */
async function drawNetwork(id, params) {
  const container = document.getElementById("network");
  const status = document.getElementById("network-status");
  const data = await api(`/api/neighbourhood?${viewParams(id, params)}`);
  const graph = new graphology.MultiDirectedGraph();
  for (const n of data.nodes) graph.addNode(n.id, { label: n.name, color: COLORS[n.label] ?? "#999", kind: n.label });
  for (const e of data.edges) if (!graph.hasEdge(e.id)) graph.addEdgeWithKey(e.id, e.source, e.target, { label: e.type, size: 1, color: "#b8c0cc" });
  const rings = ringsFrom(graph, id);
  rings.forEach((ring, depth) =>
    ring.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / ring.length + depth * 0.4;
      graph.mergeNodeAttributes(node, { x: depth * Math.cos(angle), y: depth * Math.sin(angle), size: node === id ? 14 : Math.min(12, 5 + graph.degree(node)) });
    }),
  );
  const renderer = new Sigma(graph, container, { renderEdgeLabels: false, labelDensity: 1, labelRenderedSizeThreshold: 4 });
  renderer.on("clickNode", ({ node }) => (location.hash = nodeHref(node)));
  window.zhkgNetwork = { renderer, nodes: graph.order, edges: graph.size };
  status.textContent = `${graph.order} nodes, ${graph.size} relations${data.truncated ? " (cut at the node limit)" : ""}. Click a node to open it.`;
}

/** Nodes grouped by hop distance from `centre` (breadth-first, either direction). */
function ringsFrom(graph, centre) {
  const dist = new Map([[centre, 0]]);
  const queue = [centre];
  while (queue.length) {
    const node = queue.shift();
    graph.forEachNeighbor(node, (other) => {
      if (!dist.has(other)) {
        dist.set(other, dist.get(node) + 1);
        queue.push(other);
      }
    });
  }
  const rings = [];
  graph.forEachNode((node) => (rings[dist.get(node) ?? 1] ??= []).push(node));
  return Array.from(rings, (r) => r ?? []);
}

api("/api/queries").then((q) => (document.getElementById("backend").textContent = `backend: ${q.backend}`), () => {});
window.addEventListener("hashchange", route);
route();
