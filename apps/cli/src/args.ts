// Command-line argument parsing shared by every command, on node:util's parseArgs.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** A usage error: the command prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses argv against `options`; unknown flags and missing values become UsageErrors. */
export function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}

/** `--min-confidence`'s value as a number; a UsageError unless it is from 0 to 1. */
export function confidenceFloor(value: string): number {
  const x = Number(value);
  if (!(x >= 0 && x <= 1)) throw new UsageError(`--min-confidence wants a number from 0 to 1, not "${value}"`);
  return x;
}
