import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * The notice data a build's main thread holds for the rules across notices, from the moment a
 * worker checked the notice until those rules run after every check: the structured-clone bytes
 * (what a message between threads carries anyway), deflated. Over 1,000 notices this is about
 * 4 MB of bytes outside the JavaScript heap instead of about 30 MB of objects inside it.
 */
export function packData(value: unknown): Uint8Array {
  // A copy of exactly its bytes: zlib's result is a view on a larger chunk, and a message between
  // threads carries a view's whole buffer (16 KB where 4 KB are used).
  return new Uint8Array(deflateRawSync(serialize(value), { level: 1 }));
}

export function unpackData<T>(bytes: Uint8Array): T {
  return deserialize(inflateRawSync(bytes)) as T;
}
