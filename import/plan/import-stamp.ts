import type { Props } from './entity-plan.ts';

/** Who wrote a fact: the import's Source id, and the row of its file, said as the evidence. */
export class ImportStamp {
  constructor(
    readonly id: string,
    readonly fileName: string,
  ) {}

  /** The evidence of an imported fact, as an article's sentence is: "文件名 · 第 N 行". */
  evidence(row: number): string {
    return `${this.fileName} · 第 ${row} 行`;
  }

  /** The import and row every node it creates or changes records. */
  provenance(row: number): Props {
    return { importId: this.id, importRow: row };
  }
}
