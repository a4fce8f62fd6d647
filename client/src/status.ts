// The status bar item: the active document's kind and its error and warning
// counts, as the server reports them; hidden for documents policylint does not lint.
import * as vscode from 'vscode';

export interface Status {
  uri: string;
  kind?: string;
  errors?: number;
  warnings?: number;
  infos?: number;
  skipped?: string;
  /** Set when the server does not lint the document (see policylint.mode): nothing to show. */
  outOfScope?: string;
}

export class StatusItem implements vscode.Disposable {
  private readonly statuses = new Map<string, Status>();
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  private restarting = false;

  constructor() {
    this.item.command = 'policylint.showOutput';
  }

  update(s: Status): void {
    if (s.outOfScope) this.statuses.delete(s.uri);
    else this.statuses.set(s.uri, s);
    this.show();
  }

  /** While the server restarts, say so instead of stale counts. */
  setRestarting(on: boolean): void {
    this.restarting = on;
    this.show();
  }

  show(): void {
    if (this.restarting) {
      this.item.text = '$(sync~spin) policylint：正在重启…';
      this.item.tooltip = 'policylint 语言服务器正在重启';
      return this.item.show();
    }
    const editor = vscode.window.activeTextEditor;
    const s = editor && this.statuses.get(editor.document.uri.toString());
    if (!s) return this.item.hide();
    this.item.text = s.skipped ? '$(shield) policylint：未检查' : `$(shield) ${s.kind || '未声明类型'}  $(error) ${s.errors ?? 0}  $(warning) ${s.warnings ?? 0}`;
    this.item.tooltip = s.skipped ?? `policylint：${s.kind || '未声明文档类型'}，${s.errors ?? 0} 个错误，${s.warnings ?? 0} 个警告`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
