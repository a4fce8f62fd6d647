// The workspace word list that "add to workspace dictionary" writes: one word
// per line, kept sorted, written atomically.
import { existsSync, readFileSync } from 'node:fs';
import { writeAtomic } from '../cli/io.js';

export function addToWordList(file: string, word: string): void {
  if (!/^[\p{L}\p{N}'’-]{1,64}$/u.test(word)) throw new Error(`不是一个单词：${word}`);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const lines = text.split(/\r?\n/).filter((l) => l.length);
  if (lines.some((l) => l.trim() === word)) return;
  const comments = lines.filter((l) => l.trim().startsWith('#'));
  const words = [...lines.filter((l) => !l.trim().startsWith('#')), word].sort((a, b) => a.localeCompare(b));
  const out = [...(comments.length ? comments : ['# policylint 工作区词典：拼写检查接受的词，每行一个']), ...words].join('\n') + '\n';
  writeAtomic(file, out);
}
