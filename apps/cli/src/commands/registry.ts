// The list of parley's commands: name, one-line summary, usage text and a lazy runner.

/** One command of the CLI. `run` returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  /** The help text: inline, or loaded with the command's module. */
  usage: string | (() => Promise<string>);
  run(argv: string[]): Promise<number>;
}

/** Every command, in the order `parley --help` lists them. Runners load lazily to keep start-up fast. */
export const COMMANDS: Command[] = [
  {
    name: "build",
    summary: "read articles and write timeline.json, graph.json and graph.gexf",
    usage: `usage: parley build <files|folders...> [--out DIR] [options]

Reads every article (RSS dumps, Jekyll posts, Markdown, HTML, plain text; UTF-8, UTF-16,
GB18030 or Big5; simplified or traditional), extracts people, places, organizations, dates
and diplomatic events, merges them across articles and writes into DIR:
  timeline.json   documents, entities and events (see README)
  graph.json      the graphology graph the explorer opens
  graph.gexf      GEXF 1.3 with time spells, for Gephi

options:
  -o, --out DIR        where to write (default: out)
  -l, --lexicon FILE   an extra lexicon file (repeatable); see packages/extract/lexicon/README.md
      --max-size MB    skip files larger than this (default: 20)
      --explain        print why each mention and event was found
      --min-confidence P  hold back events rated under P (0-1) as "doubtful" in
                       timeline.json, out of the graph (default: the model's
                       threshold; 0 keeps every event)
  -q, --quiet          no progress bar and no per-file warnings
  -h, --help           this help

exit status: 0 when every file was read, 1 when some were skipped, 2 on a usage error.`,
    run: async (argv) => (await import("./build.ts")).runBuild(argv),
  },
  {
    name: "query",
    summary: "ask a built graph: contacts, events, paths, entities",
    usage: async () => (await import("./query.ts")).QUERY_USAGE,
    run: async (argv) => (await import("./query.ts")).runQuery(argv),
  },
  {
    name: "serve",
    summary: "serve the explorer on a build's graph",
    usage: `usage: parley serve <out-dir> [--port N] [--host H]

Serves the explorer (built from apps/web on first use) with <out-dir>/graph.json, and prints its URL.

options:
  --port N   port to listen on (default 4317; the next free one when taken)
  --host H   address to bind (default localhost)`,
    run: async (argv) => (await import("./serve.ts")).runServe(argv),
  },
];

/** The help text of a command. */
export async function usageOf(command: Command): Promise<string> {
  return typeof command.usage === "string" ? command.usage : command.usage();
}
