// Entry point of the `parley` command: dispatches to a command, prints help, maps errors to exit codes.
import { COMMANDS, usageOf } from "./commands/registry.ts";
import { UsageError } from "./args.ts";

const HELP = `parley: news to an event timeline and a graph of diplomatic contacts

usage: parley <command> [options]

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join("\n")}

Run "parley <command> --help" for a command's options.
Quick start: parley build seeds --out out && parley serve out`;

/** Runs the CLI with the given arguments and returns the exit code (0 ok, 1 partial, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    console.log(topic ? await usageOf(topic) : HELP);
    return 0;
  }
  if (name === "-v" || name === "--version") {
    console.log("parley 0.1.0");
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`parley: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(await usageOf(command));
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`parley ${command.name}: ${err.message}\n\n${await usageOf(command)}`);
      return 2;
    }
    // Our own errors say what went wrong and what to do; anything else is a bug, shown with its stack.
    const e = err as Error;
    const ours = typeof e.message === "string" && e.message.startsWith("parley");
    console.error(ours && !process.env.PARLEY_DEBUG ? e.message : `parley ${command.name}: ${e.stack ?? e}`);
    return 1;
  }
}
