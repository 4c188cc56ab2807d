import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * What the prompts may read from the terminal, decided per chunk of input.
 *
 * A person at a keyboard sends one key per chunk: "4", then Enter. Several keys in one chunk
 * come from a paste, or from keys typed while the program was busy (type-ahead). Both used to
 * answer questions nobody chose: the second line of a pasted note landed on the next question
 * and its Enter picked the highlighted "1. Nooit". So:
 * - between prompts (nothing drawn yet) input is dropped: nothing typed ahead answers anything;
 * - a choice (select) takes single keys; a chunk that holds Enter together with other keys is
 *   dropped as a whole;
 * - a text (a note) keeps a paste whole: its line breaks become spaces, so the note holds every
 *   line and only the person's own Enter ends it. Bracketed paste (where the terminal marks a
 *   paste) is switched on while a text is asked, so even a paste in several chunks stays one text.
 * Ctrl+C always gets through.
 */
export type GateMode = 'closed' | 'select' | 'text';

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';
const CTRL_C = '\u0003';

/** Decides about chunks of terminal input; keeps whether a bracketed paste is open between chunks. */
export class InputFilter {
  private inPaste = false;
  private mode: GateMode = 'closed';

  setMode(mode: GateMode): void {
    this.mode = mode;
    if (mode !== 'text') this.inPaste = false;
  }

  /** What of `chunk` the prompt gets ('' for nothing). */
  filter(chunk: string): string {
    const ctrlC = chunk.includes(CTRL_C) ? CTRL_C : '';
    if (this.mode === 'closed') return ctrlC;
    if (this.mode === 'select') {
      // Enter on its own answers; Enter among other keys (a paste, keys typed ahead) never does.
      if (chunk === '\r' || chunk === '\n' || chunk === '\r\n') return chunk;
      return /[\r\n]/.test(chunk) ? ctrlC : chunk.replaceAll(PASTE_START, '').replaceAll(PASTE_END, '');
    }
    return this.text(chunk);
  }

  private text(chunk: string): string {
    if (chunk === '\r' || chunk === '\n' || chunk === '\r\n') return this.inPaste ? ' ' : chunk;
    let out = '';
    let rest = chunk;
    while (rest !== '') {
      const marker = this.inPaste ? PASTE_END : PASTE_START;
      const at = rest.indexOf(marker);
      const part = at === -1 ? rest : rest.slice(0, at);
      // Pasted, or several keys at once: every line break becomes a space, so nothing is cut off.
      out += this.inPaste || chunk.length > 1 ? part.replace(/\r\n|[\r\n]/g, ' ') : part;
      if (at === -1) break;
      this.inPaste = !this.inPaste;
      rest = rest.slice(at + marker.length);
    }
    return out;
  }
}

/** A terminal input stream (process.stdin) as Inquirer may use it. */
export type TerminalInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

/** The stream the prompts read, between the terminal and Inquirer. */
export interface InputGate {
  input: PassThrough & { isTTY: boolean; setRawMode: (mode: boolean) => PassThrough };
  /** Called just before a prompt draws (and with 'closed' once it is answered). */
  setMode(mode: GateMode): void;
  close(): void;
}

/** Puts an InputFilter between `source` (the terminal) and the prompts. */
export function openInputGate(source: TerminalInput): InputGate {
  const filter = new InputFilter();
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode(mode: boolean) {
      source.setRawMode?.(mode);
      return input;
    },
  });
  // A character of several bytes may be split over two chunks.
  const decoder = new StringDecoder('utf8');
  const onData = (data: Buffer | string): void => {
    const text = typeof data === 'string' ? data : decoder.write(data);
    if (text === '') return;
    const passed = filter.filter(text);
    if (passed !== '') input.write(passed);
  };
  source.on('data', onData);
  source.resume();
  return {
    input,
    setMode: (mode) => filter.setMode(mode),
    close() {
      source.off('data', onData);
      source.pause();
      input.end();
    },
  };
}
