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
  const fail = (why: string): never => {
    throw new Error(`模型文件无效：${why}`);
  };
  if (bytes.length < 12 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) fail('不是 policylint 的模型文件');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(4, true) !== VERSION) fail(`版本 ${view.getUint32(4, true)} 不受支持`);
  const length = view.getUint32(8, true);
  if (12 + length > bytes.length) fail('文件被截断');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as ModelHeader;
  const { buckets, outputs } = header;
  if (!Number.isInteger(buckets) || buckets <= 0 || (buckets & (buckets - 1)) !== 0) fail('buckets 必须是 2 的幂');
  if (!Array.isArray(outputs) || !outputs.length) fail('没有输出');
  const at = (12 + length + 3) & ~3;
  if (at + buckets * outputs.length !== bytes.length) fail('权重长度与 buckets × 输出数 不符');
  return { ...header, weights: new Int8Array(bytes.buffer, bytes.byteOffset + at, buckets * outputs.length) };
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

/** Adds each feature's weights into sums (one per output); returns how many features were read. */
export function addWeights(model: ClaimModel, features: Int32Array, sums: Int32Array): number {
  const n = model.outputs.length;
  const w = model.weights;
  for (let k = 0; k < features.length; k++) {
    const base = features[k] * n;
    for (let o = 0; o < n; o++) sums[o] += w[base + o];
  }
  return features.length;
}
