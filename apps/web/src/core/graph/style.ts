// Colors by country (people) and by kind (everything else), the legend's names, and node labels.
import type { NodeAttributes, NodeKind } from "@parley/graph/model";

/** Colors of the countries that the news is mostly about; others get a stable color from the palette. */
export const COUNTRY_COLORS: Record<string, string> = {
  CN: "#d62728",
  US: "#1f77b4",
  RU: "#9467bd",
  TW: "#2ca02c",
  HK: "#e377c2",
  JP: "#ff9896",
  KR: "#aec7e8",
  GB: "#393b79",
  EU: "#637939",
};

/** Names shown in the legend. */
export const COUNTRY_NAMES: Record<string, string> = {
  CN: "中国 China", US: "美国 United States", RU: "俄罗斯 Russia", TW: "台湾 Taiwan", HK: "香港 Hong Kong",
  JP: "日本 Japan", KR: "韩国 South Korea", GB: "英国 United Kingdom", EU: "欧盟 European Union",
};

/** Color of people whose country is unknown. */
export const UNKNOWN_COLOR = "#8c8c8c";

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

const PALETTE = ["#bcbd22", "#17becf", "#8c564b", "#7f7f7f", "#c49c94", "#dbdb8d", "#9edae5", "#c5b0d5", "#f7b6d2", "#98df8a"];

/** The color of a country code (a stable palette color for codes without their own). */
export function countryColor(country: string | null): string {
  if (!country) return UNKNOWN_COLOR;
  const known = COUNTRY_COLORS[country];
  if (known) return known;
  let hash = 0;
  for (let i = 0; i < country.length; i++) hash = (hash * 31 + country.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

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
