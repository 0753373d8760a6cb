import { Transform, type TransformCallback } from 'node:stream';

/** A token of stream-json's parser. */
export interface JsonToken {
  name: string;
  value?: unknown;
}

/** Stands, in the array, for an element too long to read: its row is kept, its text never held. */
export const OVERLONG_ELEMENT = Symbol('overlong element');

/** Tokens that start an element of the top-level array (stream-json names them so). */
const ELEMENT_STARTS = new Set([
  'startObject',
  'startArray',
  'startString',
  'startNumber',
  'nullValue',
  'trueValue',
  'falseValue',
]);

/** The token that carries a key, string or number whole, after its chunks. */
const PACKED: Record<string, string> = {
  endKey: 'keyValue',
  endString: 'stringValue',
  endNumber: 'numberValue',
};

/**
 * Sits between stream-json's parser, run with `packValues: false` so that it never holds a value
 * whole, and its array streamer: holds one element of the top-level array at a time, packing its
 * keys, strings and numbers as the streamer expects, and replaces an element whose text grows past
 * `maxLength` by OVERLONG_ELEMENT, dropping the rest of its text as it comes. The elements after it
 * are read as usual.
 */
export class OverlongElements extends Transform {
  private depth = 0;
  private length = 0;
  private element: JsonToken[] = [];
  private overlong = false;
  private text = '';

  constructor(private readonly maxLength: number) {
    super({ objectMode: true });
  }

  override _transform(token: JsonToken, _encoding: string, callback: TransformCallback): void {
    const { name } = token;
    if (name === 'endObject' || name === 'endArray') this.depth--;
    if (this.depth === 0) {
      // The top-level array's own start and end.
      this.endElement();
      this.push(token);
    } else {
      if (this.depth === 1 && ELEMENT_STARTS.has(name)) this.endElement();
      this.add(token);
    }
    if (name === 'startObject' || name === 'startArray') this.depth++;
    callback();
  }

  private add({ name, value }: JsonToken): void {
    const chunk = name.endsWith('Chunk') ? (value as string) : undefined;
    this.length += chunk?.length ?? 1;
    if (this.length > this.maxLength && !this.overlong) {
      this.overlong = true;
      this.element = [];
      this.text = '';
    }
    if (this.overlong) return;
    if (chunk !== undefined) this.text += chunk;
    else if (name in PACKED) {
      this.element.push({ name: PACKED[name] as string, value: this.text });
      this.text = '';
    } else this.element.push({ name, value });
  }

  private endElement(): void {
    if (this.overlong) this.push({ name: 'stringValue', value: OVERLONG_ELEMENT });
    else for (const token of this.element) this.push(token);
    this.element = [];
    this.length = 0;
    this.overlong = false;
    this.text = '';
  }
}
