// A config file's validated data, kept between runs by the host (the CLI:
// fs/config-memo.ts), so that a run whose config is unchanged neither parses
// its YAML nor loads the schema validator. The entry is found by a key naming
// the file's stamps and the schema's: any change is a miss, and a miss (or an
// entry of any doubt) means reading the file as usual.
import type { ConfigData } from './model.js';

export type Position = { line: number; column: number };

export interface ConfigMemoEntry {
  data: ConfigData;
  extendsAt: Position[];
  /** Positions a run may report, by JSON of the path: locate(path). */
  at: Record<string, Position>;
  /** locateKey(path), likewise. */
  keyAt: Record<string, Position>;
}

export interface ConfigMemo {
  read(file: string, key: string): ConfigMemoEntry | undefined;
  write(file: string, key: string, entry: ConfigMemoEntry): void;
}

let installed: ConfigMemo | undefined;

export function useConfigMemo(memo: ConfigMemo | undefined): void {
  installed = memo;
}

export function configMemo(): ConfigMemo | undefined {
  return installed;
}

/** The paths whose positions resolveConfig and its warnings may ask for (config/resolve.ts, rule-ids.ts). */
export function reportedPaths(data: ConfigData): { at: (string | number)[][]; keyAt: (string | number)[][] } {
  const keyAt: (string | number)[][] = Object.keys(data.rules ?? {}).map((id) => ['rules', id]);
  (data.overrides ?? []).forEach((o, i) => Object.keys(o.rules ?? {}).forEach((id) => keyAt.push(['overrides', i, 'rules', id])));
  return { at: data.spelling?.dictionary ? [['spelling', 'dictionary']] : [], keyAt };
}
