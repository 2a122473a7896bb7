// Pass 3: people, places and organizations, from the lexicon and from context.
import type { Pass } from "./types.ts";
import { recognizeEntities } from "../entities/index.ts";

/** Finds every mention in the Chinese sentences and groups them into the document's entities. */
export const entitiesPass: Pass = {
  name: "entities",
  run(state) {
    if (state.chinese.length === 0) return;
    state.entities = recognizeEntities(state.document, state.chinese, state.options.lexicon, {
      explain: state.options.explain ?? false,
    });
  },
};
