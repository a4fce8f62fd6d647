// A rule as written in a pack (after schema validation), and a loaded pack.
import type { ClaimModel } from '../model/model.js';
import type { TermSpec, PhraseEntry, PatternEntry } from '../terms.js';

import type { Lexicons } from '../lexicon.js';
import type { LocatedClassRef } from '../checks/class-refs.js';
import type { DocumentKind, ProductType, SeveritySetting } from '../types.js';

/** Phrases and patterns, and the names of a pack's `topics` whose lists are added to them (resolved by the loader). */
export type TopicTerms = TermSpec & { topics?: string[] };

/** A sentence about something else: it holds `about` and none of `notAbout`. */
export interface OffTopicEntry {
  about: TopicTerms;
  notAbout?: TopicTerms;
}

export type KindSelector = DocumentKind | 'unknown';

export interface RuleDef {
  id: string;
  check: string;
  severity: SeveritySetting;
  articles: string[];
  title: string;
  message: string;
  docs: string;
  kinds?: KindSelector[];
  products?: ProductType[];
  // forbidden
  phrases?: (string | PhraseEntry)[];
  patterns?: (string | PatternEntry)[];
  allow?: string[];
  exceptions?: string[];
  wordBoundary?: boolean;
  speakers?: ('seller' | 'customer' | 'narration')[];
  suggest?: string[];
  /** The part of a match that rewordings replace (a pattern); the whole match when it finds nothing. */
  replaceWithin?: string;
  remove?: 'phrase' | 'clause';
  removeIsSafe?: boolean;
  replaceIsSafe?: boolean;
  // required / conditional / order / exact-sentence
  anyOf?: TopicTerms;
  when?: TopicTerms;
  require?: TopicTerms;
  first?: TermSpec;
  before?: TermSpec;
  sentences?: string[];
  lead?: string;
  insert?: { text: string; at?: 'start' | 'end' | 'after' };
  // claim
  claims?: ClaimDef[];
  /** claim and juxtaposed: classes that cancel the rule in the sentence (or unit). */
  unless?: string[];
  /** claim: classes of `unless` and `noneInSentence` that a turn (但, 可是, 不过) concedes: they cancel nothing after it. */
  concedes?: string[];
  /** claim and juxtaposed: in a table, the claim model adds a finding of this rule only where the table holds one of these classes (a comparison's other side). */
  modelNeeds?: string[];
  /**
   * claim: where reviewers name another rule for the same sentence. A finding of this
   * rule gives way to a finding of one of `to` in its sentence; with `words`, only a
   * finding whose every word is of one of these classes (利滚利 beside a deposit word);
   * with `with`, only one that has a word of one of those classes too (不低于 in 年化收益不低于5%).
   */
  yields?: { to: string[]; words?: string[]; with?: string[] }[];
  /** claim and forbidden: a sentence about something else (the bank's own deposit, with no word of insurance): every `all` class, no `none` class. */
  /**
   * Once a pack is loaded, names are resolved: an entry named by a string is the
   * pack's `offTopics` entry, and every `about` and `notAbout` is a TermSpec.
   */
  offTopic?: OffTopicEntry[];
  // juxtaposed
  /** Classes whose words make a figure's label the savings side (存款, 定期, 余额宝). */
  savings?: string[];
  /** Classes whose words in an other-side figure's label make it no return: a fall (下跌12%), the sum put in (同样100万). */
  notReturn?: string[];
  /** juxtaposed: classes whose words in a label put its figure on the product's side, savings words notwithstanding. */
  ownSide?: string[];
  // near-miss / spelling
  terms?: string[];
  checkAllCaps?: boolean;
}

/**
 * One way a claim is made: lexicon classes that must all occur in one clause
 * (or sentence), classes that must not; "a|b" is either class.
 */
export interface ClaimDef {
  all: string[];
  none?: string[];
  /** Classes that must not occur anywhere in the sentence. */
  noneInSentence?: string[];
  scope?: 'clause' | 'sentence';
  /** Maximum characters from the first to the last word of the claim. */
  within?: number;
  /** The classes occur in the order listed. */
  ordered?: boolean;
  /**
   * Made across a customer's question and the seller's reply: `all` occur in the
   * question, these classes in the first clause of the reply right after it.
   */
  answer?: string[];
  /** With `answer`: also made when the writer asks and answers in narration (风险？不存在的。). */
  selfAnswered?: boolean;
}

/** Signals that a document is of a kind, or sells a product (rules/cbrc-90/roles.yaml). */
export interface RoleDef {
  kind?: KindSelector;
  product?: ProductType;
  /**
   * A document that sells nothing (a disclosure report, a complaint reply, a bank's deposit page): the rules it
   * quiets to information, `missing` standing for every missing-disclosure rule, whatever its declared kind.
   */
  quiets?: string[];
  /** Why, in the words shown to the user (售后文件，不是销售材料). */
  because?: string;
  minScore?: number;
  signals: { phrases?: string[]; patterns?: string[]; weight: number }[];
}

export interface Pack {
  name: string;
  /** Absolute path of the file or folder it was read from. */
  file: string;
  title?: string;
  rules: RuleDef[];
  roles?: RoleDef[];
  /** Sales coaching in a regulation or training text (coaching.ts): what tells staff to say something, what forbids it. */
  coaching?: { instructs: TermSpec; forbids?: TermSpec };
  /** Named phrase and pattern lists that offTopic entries name (resolved by the loader). */
  topics?: Record<string, TermSpec>;
  /** Named offTopic entries that rules share (resolved into the rules by the loader). */
  offTopics?: Record<string, OffTopicEntry>;
  /** Named word lists that claim rules combine (see lexicon.ts). */
  lexicons?: Lexicons;
  /** A user pack's class references, located, checked once the set's lexicons are known (config/resolve.ts). */
  classRefs?: LocatedClassRef[];
  /** The rule ids a user pack's rules give way to (yields' `to`), located as classRefs are: checked against the whole set. */
  ruleRefs?: LocatedClassRef[];
  /** A built-in pack's claim model (claims.model in its folder, see model/judgement.ts). */
  model?: ClaimModel;
}
