// Configuration as written in a file, and as resolved for one document.
import type { DocumentFacts, DocumentKind, ProductType, SeveritySetting } from '../types.js';
import type { Pack } from '../packs/model.js';

export interface RuleOptions {
  phrases?: string[];
  addPhrases?: string[];
  allow?: string[];
  addAllow?: string[];
  kinds?: string[];
  addTerms?: string[];
  checkAllCaps?: boolean;
}

export type RuleSetting = SeveritySetting | 'warn' | { severity?: SeveritySetting | 'warn'; options?: RuleOptions };

export interface ConfigData {
  root?: boolean;
  extends?: string[];
  rules?: Record<string, RuleSetting>;
  kind?: DocumentKind;
  product?: ProductType;
  facts?: DocumentFacts;
  ignores?: string[];
  overrides?: { files: string[]; kind?: DocumentKind; product?: ProductType; facts?: DocumentFacts; rules?: Record<string, RuleSetting> }[];
  maxFileSize?: number;
  spelling?: { words?: string[]; dictionary?: string };
}

export interface ConfigFile {
  path: string;
  dir: string;
  data: ConfigData;
  /** Where each `extends` entry is written, so a missing pack is reported there. */
  extendsAt: { line: number; column: number }[];
  /** Where a key such as ['spelling', 'dictionary'] or ['rules', 'x'] is written. */
  locate(path: (string | number)[]): { line: number; column: number };
  /** Where the key of a mapping entry is written (`deposit-wording:` under `rules:`). */
  locateKey(path: (string | number)[]): { line: number; column: number };
}

/** Something in the configuration worth telling the user that does not stop the run. */
export interface ConfigWarning {
  /** Config file and position; absent for command-line or editor settings. */
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ResolvedSetting {
  severity?: SeveritySetting;
  options?: RuleOptions;
}

export interface ResolvedConfig {
  packs: Pack[];
  settings: Map<string, ResolvedSetting>;
  kind?: DocumentKind;
  product?: ProductType;
  facts: DocumentFacts;
  ignored: boolean;
  /** Config files that applied, nearest first. */
  files: string[];
  maxFileSize: number;
  /** Words accepted by spelling: config words plus the dictionary file's. */
  words: string[];
  /** The workspace word list (it may not exist yet). */
  dictionaryFile: string;
  /** Unknown rule ids and the like, with the closest known id. */
  warnings: ConfigWarning[];
}
