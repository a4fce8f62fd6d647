// The workspace word list that "add to workspace dictionary" writes: one word
// per line, kept sorted, written atomically. It is only ever written inside a
// workspace folder: a workspace config that points `spelling.dictionary`
// outside it (or a link that leads out) must not get the editor to rewrite
// someone else's file.
import { DATA_FILE_LIMIT, readBoundedText } from '../fs/read-bounded.js';
import { isInside } from '../fs/inside.js';
import { writeAtomic } from '../fs/drafts.js';

export type WordListOutcome = { written: boolean } | { refused: string };

export function addToWordList(file: string, word: string, workspaceFolders: string[]): WordListOutcome {
  if (!/^[\p{L}\p{N}'’-]{1,64}$/u.test(word)) return { refused: `不是一个单词：${word}` };
  if (!workspaceFolders.length) return { refused: '没有打开工作区文件夹，无法写入工作区词典' };
  if (!isInside(file, workspaceFolders)) return { refused: `词表 ${file} 不在工作区内，未写入（只会写入工作区内的词表）` };
  const read = readBoundedText(file, DATA_FILE_LIMIT);
  if ('problem' in read && read.reason !== 'missing') return { refused: `词表 ${file} 无法读取，未写入：${read.problem}` };
  const text = 'text' in read ? read.text : '';
  const lines = text.split(/\r?\n/).filter((l) => l.length);
  if (lines.some((l) => l.trim() === word)) return { written: false };
  const comments = lines.filter((l) => l.trim().startsWith('#'));
  const words = [...lines.filter((l) => !l.trim().startsWith('#')), word].sort((a, b) => a.localeCompare(b));
  const out = [...(comments.length ? comments : ['# policylint 工作区词典：拼写检查接受的词，每行一个']), ...words].join('\n') + '\n';
  writeAtomic(file, out);
  return { written: true };
}
