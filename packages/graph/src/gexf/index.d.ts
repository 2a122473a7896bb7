export { DEFAULT_GEXF_OPTIONS, gexfChunks, toGexf, writeGexf, type GexfOptions } from "./writer.ts";
export { escapeXml, escapeToken } from "./escape.ts";
export { SpellIndex, spellsOf, spellsXml, type Spell } from "./spells.ts";
export { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type GexfAttribute } from "./attributes.ts";
