// Pass 3: people, places and organizations, from the lexicon and from context.
import type { Pass } from "./types.ts";
import { recognizeEntities } from "../entities/index.ts";

/** Finds every mention and groups them into the document's entities. */
export const entitiesPass: Pass = {
  name: "entities",
  run(state) {
    state.entities = recognizeEntities(state.document, state.sentences, state.options.lexicon, {
      explain: state.options.explain ?? false,
    });
  },
};
