/**
 * Concrete data paths (`hunde.0.breed`) and normalised field keys (`hunde[].breed`).
 * Setting refuses prototype keys so untrusted paths can never reach Object.prototype.
 */
import type { Answers } from './types.js';

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

export const joinPath = (...parts: (string | number | undefined)[]): string =>
  parts.filter((p) => p !== undefined && p !== '').join('.');

/** Digits only (a list index), without a regular expression. */
const isIndex = (part: string): boolean => {
  if (part === '') return false;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/**
 * Paths are parsed once: definitions and rules name the same few hundred paths on every call, so
 * each string's parts and key are kept. The caches are bounded (a hostile payload cannot grow
 * them without limit) and hold only strings, never answers.
 */
const MAX_CACHED = 4096;
const partsCache = new Map<string, readonly (string | number)[]>();
const keyCache = new Map<string, string>();
const remember = <V>(cache: Map<string, V>, path: string, value: V): V => {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(path, value);
  return value;
};

/** `hunde.0.breed` -> `hunde[].breed` */
export const normalizePath = (path: string): string =>
  keyCache.get(path) ??
  remember(
    keyCache,
    path,
    splitPath(path)
      .map((p) => (typeof p === 'number' ? '[]' : `.${p}`))
      .join('')
      .replace(/^\./, ''),
  );

/** `hunde.0.breed` -> `['hunde', 0, 'breed']` (parsed once per distinct path; do not mutate). */
export const splitPath = (path: string): readonly (string | number)[] =>
  partsCache.get(path) ??
  remember(
    partsCache,
    path,
    Object.freeze(path === '' ? [] : path.split('.').map((p) => (isIndex(p) ? Number(p) : p))),
  );

export function getPath(obj: unknown, path: string): unknown {
  return getParts(obj, splitPath(path));
}

/** `getPath` for an already split path. */
export function getParts(obj: unknown, parts: readonly (string | number)[]): unknown {
  let cur: unknown = obj;
  for (let i = 0; i < parts.length; i++) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const part = parts[i]!;
    if (!Object.prototype.hasOwnProperty.call(cur, part)) return undefined;
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return cur;
}

/** Immutable set: returns a new root with `value` at `path` (undefined deletes); refused paths return `root`. */
export function setPath<T extends Answers>(root: T, path: string, value: unknown): T {
  const parts = splitPath(path);
  // An empty path names no key (and would recurse without end); refused like a prototype key.
  if (parts.length === 0 || parts.some((p) => typeof p === 'string' && FORBIDDEN.has(p)))
    return root;
  const rec = (node: unknown, i: number): unknown => {
    const key = parts[i]!;
    const container: Record<string | number, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : node && typeof node === 'object'
        ? { ...(node as object) }
        : typeof key === 'number'
          ? []
          : {};
    const c = container as Record<string | number, unknown>;
    if (i === parts.length - 1) {
      if (value === undefined && !Array.isArray(container)) delete c[key];
      else c[key] = value;
    } else {
      c[key] = rec(c[key], i + 1);
    }
    return container;
  };
  return rec(root, 0) as T;
}

/** Empty means "not answered": undefined, null, blank string, empty list. */
export const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);
