// Colors by country (people) and by kind (everything else), the legend's names, and node labels.
import type { NodeAttributes, NodeKind } from "@parley/graph/model";

// One palette for the explorer and the exports (GEXF, graph.json): the graph package's.
export { COUNTRY_COLORS, countryColor } from "@parley/graph/palette";
import { DEFAULT_COLOR, countryColor } from "@parley/graph/palette";

/** Names shown in the legend. */
export const COUNTRY_NAMES: Record<string, string> = {
  CN: "中国 China", US: "美国 United States", RU: "俄罗斯 Russia", TW: "台湾 Taiwan", HK: "香港 Hong Kong",
  JP: "日本 Japan", KR: "韩国 South Korea", GB: "英国 United Kingdom", EU: "欧盟 European Union",
};

/** Color of people whose country is unknown. */
export const UNKNOWN_COLOR = DEFAULT_COLOR;

/** Colors of the knowledge graph's other node kinds. */
export const KIND_COLORS: Record<NodeKind, string> = {
  person: UNKNOWN_COLOR,
  event: "#ff7f0e",
  place: "#17becf",
  organization: "#8c564b",
  document: "#bcbd22",
};

/** Names of node kinds in the legend. */
export const KIND_NAMES: Record<NodeKind, string> = {
  person: "人物 person", event: "事件 event", place: "地点 place", organization: "机构 organization", document: "文章 article",
};

/** The color of a node: people by country, the rest by kind. */
export function nodeColor(attrs: Pick<NodeAttributes, "kind" | "country">): string {
  return attrs.kind === "person" ? countryColor(attrs.country) : KIND_COLORS[attrs.kind];
}

/** The label drawn on the canvas: "王毅 Wang Yi". */
export function displayLabel(attrs: Pick<NodeAttributes, "label" | "labelEn">): string {
  if (!attrs.labelEn || attrs.labelEn === attrs.label) return attrs.label;
  return `${attrs.label} ${attrs.labelEn}`;
}

/** Node size from its degree: grows with the square root so hubs stay readable. */
export function degreeSize(degree: number): number {
  return 4 + 3 * Math.sqrt(degree);
}
