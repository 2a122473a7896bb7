// The view export holds only what is visible, through @parley/graph/gexf.
import { describe, expect, it } from "vitest";
import { buildModel } from "../graph/model.ts";
import { sampleGraph } from "../graph/sample.ts";
import { computeVisibility } from "../filters/visibility.ts";
import { filterState } from "../filters/state.ts";
import { parseDay } from "../timeline/dates.ts";
import { viewToGexf, visibleSubgraph } from "./gexf.ts";

const model = buildModel(sampleGraph());
const september = filterState({ range: { from: parseDay("2023-09-01"), to: parseDay("2023-09-30") } });

describe("export/gexf", () => {
  it("should keep only the visible nodes and edges", () => {
    const sub = visibleSubgraph(model, computeVisibility(model, september));
    expect(sub.nodes().sort()).toEqual(["person:jake-sullivan", "person:wang-yi"]);
    expect(sub.edges()).toEqual(["contact:sullivan-wang"]);
  });

  it("should write GEXF 1.3 with the explorer's colors", () => {
    const xml = viewToGexf(model, computeVisibility(model, september));
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('<viz:color r="214" g="39" b="40"/>');
    expect(xml).not.toContain("person:antony-blinken");
  });
});
