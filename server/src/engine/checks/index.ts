// The registry of check kinds. A new kind is one module plus one line here;
// the pack schema's `check` enum lists the same names.
import type { CheckKind } from './context.js';
import { forbidden } from './forbidden.js';
import { required } from './required.js';
import { exactSentence } from './exact-sentence.js';
import { conditional } from './conditional.js';
import { order } from './order.js';
import { nearMiss } from './near-miss.js';
import { spelling } from './spelling.js';
import { claim } from './claim.js';
import { juxtaposed } from './juxtaposed.js';

export const CHECK_KINDS: Record<string, CheckKind<any>> = {
  forbidden,
  claim,
  juxtaposed,
  required,
  'exact-sentence': exactSentence,
  conditional,
  order,
  'near-miss': nearMiss,
  spelling,
};

export type { CheckContext, CheckKind, CompileEnv, RawFinding } from './context.js';
