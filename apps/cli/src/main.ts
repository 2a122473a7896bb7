// Entry point of the `parley` command.
/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  console.log("parley", argv.join(" "));
  return 0;
}
