// The claim model's file (rules/<pack>/claims.model, written by `npm run
// train-model`): a header, then one signed byte per bucket and output, bucket
// by bucket, so that a sentence's features are read in one pass for every
// output. Weights are stored as bytes (a tenth of float storage, no loss that
// shows in the eval); each output has its own scale and bias.
//
//   "PLCM" · u32 version · u32 header length · header (UTF-8 JSON) · padding to 4 · i8 weights[buckets × outputs]

export const MAGIC = 'PLCM';
export const VERSION = 1;

export interface ModelOutput {
  /** The rule a finding of this output is reported under. */
  rule: string;
  /** Rules of one family are one claim in different words: a finding of any of them answers for the others. */
  family: string;
  bias: number;
  scale: number;
}

export interface ModelHeader {
  buckets: number;
  outputs: ModelOutput[];
  /** Corpus parts the model was trained on (the held-back ones never are). */
  trainedOn: string[];
  items: number;
  /** Windows of document prose with no claim the rules report, trained on as examples of none. */
  proseWindows: number;
  /**
   * A sentence whose window reaches `report` for a rule is reported under it;
   * a window of fewer than `minFeatures` features (a heading alone in its block) never is.
   */
  thresholds: { report: number; minFeatures: number };
}

export interface ClaimModel extends ModelHeader {
  weights: Int8Array;
}

/** Reads a model file; throws naming what is wrong. */
export function readModel(bytes: Uint8Array): ClaimModel {
  const { header, at } = readHeader(bytes, bytes.length);
  return { ...header, weights: weightsOf(bytes, at, header) };
}

/**
 * Reads a model file's header and checks the file against it now (throws
 * naming what is wrong, as readModel does), and its weights (0.8 MB, some
 * milliseconds to read) when they are first used: a run with the claim-model
 * rule off never reads them. `read(from, length)` gives bytes of the file,
 * whose size is `size`.
 */
export function readModelLazily(size: number, read: (from: number, length: number) => Uint8Array): ClaimModel {
  // The header is a few kilobytes: read a first part, and the rest of it if it is longer.
  let head = read(0, Math.min(size, 16384));
  if (head.length >= 12) {
    const length = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(8, true);
    if (12 + length > head.length && 12 + length <= size) head = read(0, 12 + length);
  }
  const { header, at } = readHeader(head, size);
  let weights: Int8Array | undefined;
  const model = { ...header } as ClaimModel;
  Object.defineProperty(model, 'weights', {
    enumerable: true,
    get: () => (weights ??= weightsOf(read(0, size), at, header)),
  });
  return model;
}

/** The header of a model file of `size` bytes, from its first bytes, and where its weights start. */
function readHeader(bytes: Uint8Array, size: number): { header: ModelHeader; at: number } {
  const fail = (why: string): never => {
    throw new Error(`模型文件无效：${why}`);
  };
  if (bytes.length < 12 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) fail('不是 policylint 的模型文件');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(4, true) !== VERSION) fail(`版本 ${view.getUint32(4, true)} 不受支持`);
  const length = view.getUint32(8, true);
  if (12 + length > size || 12 + length > bytes.length) fail('文件被截断');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as ModelHeader;
  const { buckets, outputs } = header;
  if (!Number.isInteger(buckets) || buckets <= 0 || (buckets & (buckets - 1)) !== 0) fail('buckets 必须是 2 的幂');
  if (!Array.isArray(outputs) || !outputs.length) fail('没有输出');
  const at = (12 + length + 3) & ~3;
  if (at + buckets * outputs.length !== size) fail('权重长度与 buckets × 输出数 不符');
  return { header, at };
}

function weightsOf(bytes: Uint8Array, at: number, header: ModelHeader): Int8Array {
  const length = header.buckets * header.outputs.length;
  // The file changed since its header was read: named like a damaged one.
  if (at + length !== bytes.length) throw new Error('模型文件无效：权重长度与 buckets × 输出数 不符（文件在运行中被改动）');
  return new Int8Array(bytes.buffer, bytes.byteOffset + at, length);
}

/** The file's bytes for a header and its weights. */
export function writeModel(header: ModelHeader, weights: Int8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const at = (12 + json.length + 3) & ~3;
  const out = new Uint8Array(at + weights.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.length), at);
  return out;
}

/**
 * The weights as rows of 32-bit words, four outputs' bytes to a word (the
 * rows padded to whole words): a feature's weights are then read in a few
 * loads instead of one per output. A view of the file's bytes when they are
 * already laid out so (outputs a multiple of four, aligned, a little-endian
 * machine), else a copy; undefined where the bytes cannot be read so (more than
 * 16 outputs, a big-endian machine). Made on first use.
 */
interface Rows {
  words: Int32Array;
  /** Words per bucket. */
  per: number;
}
const rowsOf = new WeakMap<ClaimModel, Rows | null>();
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The model rows() last gave, and its rows: every sentence asks, nearly always of the same model. */
let lastModel: ClaimModel | undefined;
let lastRows: Rows | null = null;

function rows(model: ClaimModel): Rows | null {
  if (model === lastModel) return lastRows;
  let r = rowsOf.get(model);
  if (r !== undefined) {
    lastModel = model;
    return (lastRows = r);
  }
  const n = model.outputs.length;
  const per = (n + 3) >> 2;
  const w = model.weights;
  if (!LITTLE_ENDIAN || per > 4) r = null;
  else if (n % 4 === 0 && w.byteOffset % 4 === 0) r = { words: new Int32Array(w.buffer, w.byteOffset, w.length >> 2), per };
  else {
    const bytes = new Int8Array(model.buckets * per * 4);
    for (let b = 0; b < model.buckets; b++) bytes.set(w.subarray(b * n, (b + 1) * n), b * per * 4);
    r = { words: new Int32Array(bytes.buffer), per };
  }
  rowsOf.set(model, r);
  lastModel = model;
  return (lastRows = r);
}

/** Features a process sums byte by byte before the packed loop (see addWeights). */
let bytewise = 20_000;

/** Keeps the loads that bring a sentence's rows into the cache from being dropped as unused. */
const sink = { touched: 0 };

/**
 * The model's rows when they are three words each (9 to 12 outputs, as the shipped model has), else null: what
 * features.ts sumSentenceFeatures reads, summing as it hashes (the engine's road; addWeights sums the features of
 * other models). From a run's first sentence: unlike addPacked after its byte-by-byte start, it is the only summing
 * loop a run compiles (sentenceFeatures and addBytes compiled besides it cost a corpus run 1% more instructions, and a
 * one-file run no fewer).
 */
export function threeWordRows(model: ClaimModel): Int32Array | null {
  const r = rows(model);
  return r && r.per === 3 ? r.words : null;
}

/** Adds each feature's weights into sums[at …] (one per output); returns how many features were read. */
export function addWeights(model: ClaimModel, features: Int32Array, sums: Int32Array, at = 0): number {
  // A short run (one file: a few thousand features) sums byte by byte: the packed loop pays off only once
  // compiled, and compiling it cost a one-file run more than it saved.
  if (bytewise > 0) {
    bytewise -= features.length;
    return addBytes(model, features, sums, at);
  }
  return addPacked(model, features, sums, at);
}

/**
 * addWeights four outputs at a time (byte by byte where the rows cannot be read
 * so). The sums are exact integers, as one byte at a time
 * would give them: four outputs' bytes are added at once, each as its value
 * plus 128 (0 … 255) in a 16-bit lane of two 32-bit accumulators (bytes 0 and
 * 2, bytes 1 and 3), emptied every 256 features, before a lane could
 * overflow, and the 128s taken off then. The table (65,536 buckets × 12
 * outputs) does not stay in the cache between blocks: the buckets of a
 * sentence are first touched in a loop of independent loads, so that their
 * cache misses overlap instead of coming one at a time.
 */
function addPacked(model: ClaimModel, features: Int32Array, sums: Int32Array, at = 0): number {
  const r = rows(model);
  if (!r) return addBytes(model, features, sums, at);
  const { words, per } = r;
  const m = features.length;
  let t = 0;
  for (let k = 0; k < m; k++) {
    const b = Math.imul(features[k], per);
    t |= words[b] | words[(b + per - 1) | 0];
  }
  sink.touched = t;
  const n = model.outputs.length;
  if (per === 3) return addRows3(words, features, sums, at, n);
  for (let from = 0; from < m; from += 256) {
    const to = Math.min(m, from + 256);
    let l0 = 0;
    let h0 = 0;
    let l1 = 0;
    let h1 = 0;
    let l2 = 0;
    let h2 = 0;
    let l3 = 0;
    let h3 = 0;
    for (let k = from; k < to; k++) {
      const b = features[k] * per;
      let y = words[b] ^ 0x80808080;
      l0 = (l0 + (y & 0xff00ff)) | 0;
      h0 = (h0 + ((y >>> 8) & 0xff00ff)) | 0;
      if (per > 1) {
        y = words[b + 1] ^ 0x80808080;
        l1 = (l1 + (y & 0xff00ff)) | 0;
        h1 = (h1 + ((y >>> 8) & 0xff00ff)) | 0;
        if (per > 2) {
          y = words[b + 2] ^ 0x80808080;
          l2 = (l2 + (y & 0xff00ff)) | 0;
          h2 = (h2 + ((y >>> 8) & 0xff00ff)) | 0;
          if (per > 3) {
            y = words[b + 3] ^ 0x80808080;
            l3 = (l3 + (y & 0xff00ff)) | 0;
            h3 = (h3 + ((y >>> 8) & 0xff00ff)) | 0;
          }
        }
      }
    }
    const off = 128 * (to - from);
    addLanes(sums, at, n, 0, off, l0, h0);
    if (per > 1) addLanes(sums, at, n, 4, off, l1, h1);
    if (per > 2) addLanes(sums, at, n, 8, off, l2, h2);
    if (per > 3) addLanes(sums, at, n, 12, off, l3, h3);
  }
  return m;
}

/**
 * addPacked's loop for rows of three words (9 to 12 outputs, as the shipped
 * model has): the same sums, with no test of the row's width per feature
 * (V8 does not hoist addPacked's `per > 1 …` tests out of its loop, and they
 * were a sixth of its instructions).
 */
function addRows3(words: Int32Array, features: Int32Array, sums: Int32Array, at: number, n: number): number {
  const m = features.length;
  for (let from = 0; from < m; from += 256) {
    const to = Math.min(m, from + 256);
    let l0 = 0;
    let h0 = 0;
    let l1 = 0;
    let h1 = 0;
    let l2 = 0;
    let h2 = 0;
    for (let k = from; k < to; k++) {
      // Int32 index arithmetic (| 0): no overflow checks per feature (buckets × 3 is far below 2^31).
      const b = (features[k] * 3) | 0;
      const y0 = words[b] ^ 0x80808080;
      const y1 = words[(b + 1) | 0] ^ 0x80808080;
      const y2 = words[(b + 2) | 0] ^ 0x80808080;
      l0 = (l0 + (y0 & 0xff00ff)) | 0;
      h0 = (h0 + ((y0 >>> 8) & 0xff00ff)) | 0;
      l1 = (l1 + (y1 & 0xff00ff)) | 0;
      h1 = (h1 + ((y1 >>> 8) & 0xff00ff)) | 0;
      l2 = (l2 + (y2 & 0xff00ff)) | 0;
      h2 = (h2 + ((y2 >>> 8) & 0xff00ff)) | 0;
    }
    // addLanes written out (9 to 12 outputs: the first nine always there), as the CLI's inlining budget left it calls.
    const off = 128 * (to - from);
    sums[at] += (l0 & 0xffff) - off;
    sums[at + 1] += (h0 & 0xffff) - off;
    sums[at + 2] += (l0 >>> 16) - off;
    sums[at + 3] += (h0 >>> 16) - off;
    sums[at + 4] += (l1 & 0xffff) - off;
    sums[at + 5] += (h1 & 0xffff) - off;
    sums[at + 6] += (l1 >>> 16) - off;
    sums[at + 7] += (h1 >>> 16) - off;
    sums[at + 8] += (l2 & 0xffff) - off;
    if (n > 9) sums[at + 9] += (h2 & 0xffff) - off;
    if (n > 10) sums[at + 10] += (l2 >>> 16) - off;
    if (n > 11) sums[at + 11] += (h2 >>> 16) - off;
  }
  return m;
}

/** Outputs o … o + 3 (into sums[at + o …]) from one word's accumulators: bytes 0 and 2 in `lo`, 1 and 3 in `hi`, each less `off`. */
function addLanes(sums: Int32Array, at: number, n: number, o: number, off: number, lo: number, hi: number): void {
  if (o < n) sums[at + o] += (lo & 0xffff) - off;
  if (o + 1 < n) sums[at + o + 1] += (hi & 0xffff) - off;
  if (o + 2 < n) sums[at + o + 2] += (lo >>> 16) - off;
  if (o + 3 < n) sums[at + o + 3] += (hi >>> 16) - off;
}

/** addWeights one byte at a time. */
function addBytes(model: ClaimModel, features: Int32Array, sums: Int32Array, at = 0): number {
  const n = model.outputs.length;
  const w = model.weights;
  for (let k = 0; k < features.length; k++) {
    const base = features[k] * n;
    for (let o = 0; o < n; o++) sums[at + o] += w[base + o];
  }
  return features.length;
}

/** For tests: the sums one byte at a time, and four outputs at a time. */
export const addWeightsBytewise = addBytes;
export const addWeightsPacked = addPacked;
