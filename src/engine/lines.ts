// Offsets (UTF-16 code units, as everywhere in the engine) to lines and columns, counted as
// editors count them: a line ends at \r\n, \n or a lone \r. The CLI, the extension and the
// transcript checks all use this one mapping.

/** 0-based, as in an editor's Position: `character` counts UTF-16 code units. */
export interface LinePosition {
  line: number;
  character: number;
}

/** Built once per text (one pass over it); each offset is then found by halving over the line starts. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++;
      if (code === 0x0a || code === 0x0d) this.lineStarts.push(index + 1);
    }
  }

  /** Where an offset falls; offsets outside the text are clamped to it. */
  position(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }
}
