/**
 * The review list: what resolution could not settle, with the sentences it came from, so a
 * curator can add a dictionary entry (a title, a place, a person) or correct the input.
 */
import type { ZhkgGraph } from "../graph/store-graph.js";

/**
 * - `person-unplaced`: a person no title placed (no title, or one like `副会长` that names no
 *   body or place) who joined nobody else: key `person:<name>@?<article>`.
 * - `place-ambiguous`: a place name several divisions share that nothing in its article settled.
 * - `place-unknown`: a place name not in the division data (a park, a district nickname, a miss).
 * - `event-undated`: an event whose date the text did not give.
 * - `organization-unplaced`: a body named by a bare level (`县委`, `市财政局`) that neither a
 *   home nor the article's places settled: build with `--home`.
 */
export type ReviewKind = "person-unplaced" | "place-ambiguous" | "place-unknown" | "event-undated" | "organization-unplaced";

export interface ReviewItem {
  kind: ReviewKind;
  name: string;
  /** Graph node id (`Person:person:…`). */
  node: string;
  /** What is known: titles, candidate places. */
  detail: string;
  /** Where it was read: article id and sentence, at most `maxSentences`. */
  sentences: Array<{ article: string; text: string }>;
}

export const REVIEW_KINDS: readonly ReviewKind[] = ["person-unplaced", "place-ambiguous", "place-unknown", "event-undated", "organization-unplaced"];

function kindOf(attrs: Record<string, unknown>): ReviewKind | null {
  const key = String(attrs.key);
  if (attrs.label === "Person" && key.includes("@?")) return "person-unplaced";
  if (attrs.label === "Place" && key.startsWith("place:?")) {
    return Array.isArray(attrs.candidates) && attrs.candidates.length > 0 ? "place-ambiguous" : "place-unknown";
  }
  if (attrs.label === "Event" && !attrs.date) return "event-undated";
  if (attrs.label === "Organization" && /^(?:org:)(?:中共)?(?:自治区|[省市县区镇乡])(?!场|民|域|级|村)/.test(key)) return "organization-unplaced";
  return null;
}

function detailOf(kind: ReviewKind, attrs: Record<string, unknown>): string {
  const list = (v: unknown) => (Array.isArray(v) && v.length ? v.join("、") : "none");
  if (kind === "person-unplaced") return `titles: ${list(attrs.titles)}`;
  if (kind === "place-ambiguous") return `candidates: ${list(attrs.candidateNames)}`;
  if (kind === "event-undated") return `kind: ${String(attrs.kind ?? "unknown")}`;
  if (kind === "organization-unplaced") return "bare level without a home; pass --home";
  return "not an administrative division";
}

/** Review items of the store, grouped by kind (REVIEW_KINDS order), then by name. */
export function reviewCandidates(graph: ZhkgGraph, options: { maxSentences?: number } = {}): ReviewItem[] {
  const max = options.maxSentences ?? 3;
  const items: ReviewItem[] = [];
  graph.forEachNode((id, attrs) => {
    const kind = kindOf(attrs);
    if (!kind) return;
    const seen = new Set<string>();
    const sentences: ReviewItem["sentences"] = [];
    graph.forEachInEdge(id, (_e, edge) => {
      if (edge.type !== "MENTIONS" || typeof edge.evidence !== "string" || sentences.length >= max) return;
      const at = `${edge.article}\u0000${edge.evidence}`;
      if (seen.has(at)) return;
      seen.add(at);
      sentences.push({ article: edge.article, text: edge.evidence });
    });
    items.push({ kind, name: String(attrs.name), node: id, detail: detailOf(kind, attrs), sentences });
  });
  return items.sort((a, b) => REVIEW_KINDS.indexOf(a.kind) - REVIEW_KINDS.indexOf(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.node < b.node ? -1 : 1));
}
